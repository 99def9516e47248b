import { mkdtempSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withIslandRuntimeFile } from '../../src/integrations/storyBundle';

const RUNTIME = '(()=>{class f extends HTMLElement{};customElements.get("astro-island")||customElements.define("astro-island",f)})();';

describe('withIslandRuntimeFile', () => {
  const out = () => {
    const dir = mkdtempSync(join(tmpdir(), 'islands-'));
    mkdirSync(join(dir, '_astro'));
    return dir;
  };

  it('moves the runtime to a file named by its content, loaded with defer where it was, and leaves other scripts inline', () => {
    const dir = out();
    const page = `<body><script>document.documentElement.classList.add('js')</script><script>${RUNTIME}</script><astro-island></astro-island></body>`;
    const html = withIslandRuntimeFile(page, dir);
    const [file] = readdirSync(join(dir, '_astro'));
    expect(file).toMatch(/^islands\.[\w-]{8}\.js$/);
    expect(readFileSync(join(dir, '_astro', file!), 'utf8')).toBe(`//# allFunctionsCalledOnLoad\n${RUNTIME}`);
    expect(html).toBe(`<body><script>document.documentElement.classList.add('js')</script><script src="/_astro/${file}" defer></script><astro-island></astro-island></body>`);
    // Another runtime gets another name.
    const other = withIslandRuntimeFile(`<script>${RUNTIME.replace('f', 'g')}</script>`, dir);
    expect(other).not.toContain(file);
  });

  it('keeps one tag for repeated copies, leaves a page without a runtime as it is, and refuses two different runtimes', () => {
    const dir = out();
    const twice = withIslandRuntimeFile(`<script>${RUNTIME}</script><p>x</p><script>${RUNTIME}</script>`, dir);
    expect(twice.match(/<script/g)).toHaveLength(1);
    expect(twice).toMatch(/^<script src="\/_astro\/islands\.[\w-]+\.js" defer><\/script><p>x<\/p>$/);
    expect(withIslandRuntimeFile('<script>other()</script>', dir)).toBe('<script>other()</script>');
    expect(() => withIslandRuntimeFile(`<script>${RUNTIME}</script><script>${RUNTIME}1</script>`, dir)).toThrow('storyBundle: received 2 different island runtimes in one page; expected one');
  });
});
