import { describe, expect, it } from 'vitest';
import { externalStyles } from '../../src/lib/build/externalStyles';

describe('externalStyles', () => {
  const page = '<html><head><title>t</title><style>a{color:red}</style><link rel="stylesheet" href="/p.css" media="print"><style media="print">b{}</style><style>c{margin:0}</style></head>'
    + '<body><style>d{}</style><p>x</p></body></html>';

  it('joins the head\'s plain <style>s in order into one file, linked where the first was', () => {
    const seen: string[] = [];
    const out = externalStyles(page, (css) => (seen.push(css), '/s.css'))!;
    expect(out.css).toBe('a{color:red}\nc{margin:0}');
    expect(seen).toEqual([out.css]);
    expect(out.html).toBe('<html><head><title>t</title><link rel="stylesheet" href="/s.css"><link rel="stylesheet" href="/p.css" media="print"><style media="print">b{}</style></head>'
      + '<body><style>d{}</style><p>x</p></body></html>');
  });

  it('leaves a page without head styles, or without a head, alone', () => {
    expect(externalStyles('<html><head></head><body><style>d{}</style></body></html>', () => '/s.css')).toBeNull();
    expect(externalStyles('<p>no head</p><style>a{}</style>', () => '/s.css')).toBeNull();
  });
});
