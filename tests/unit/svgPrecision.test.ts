import { describe, expect, it } from 'vitest';
import { roundNumbers, roundSvgNumbers } from '../../src/lib/build/svgPrecision';

describe('coordinates to hundredths', () => {
  it('rounds numbers of three or more decimals, and keeps the rest as written', () => {
    expect(roundNumbers('translate(431.72413793103448,212.0689655172414)')).toBe('translate(431.72,212.07)');
    expect(roundNumbers('M1.2345.678L-0.004,3.1Z')).toBe('M1.230.68L-0,3.1Z');
    expect(roundNumbers('m284.7 244l.3-1.8 3.4-.1')).toBe('m284.7 244l.3-1.8 3.4-.1');
  });

  it('touches only geometry attributes inside <svg>, nested ones included', () => {
    const html =
      '<p data-v="1.23456">3.14159</p><div style="--x: 1.23456"></div>' +
      '<svg viewBox="-8.295775932462078 -8.295775932462078 16.591551864924156 16.591551864924156" style="--d: 0.017282866525962663"><g transform="translate(1.23456,2)"><circle r="7.295775932462078" data-v="1.23456"></circle><text x="3.14159">2.71828</text></g><svg width="1.23456"></svg><path d="M1.23456,0"/></svg>' +
      '<span style="--x: 1.23456"></span>';
    expect(roundSvgNumbers(html)).toBe(
      '<p data-v="1.23456">3.14159</p><div style="--x: 1.23456"></div>' +
      '<svg viewBox="-8.3 -8.3 16.59 16.59" style="--d: 0.017282866525962663"><g transform="translate(1.23,2)"><circle r="7.3" data-v="1.23456"></circle><text x="3.14">2.71828</text></g><svg width="1.23"></svg><path d="M1.23,0"/></svg>' +
      '<span style="--x: 1.23456"></span>',
    );
  });
});
