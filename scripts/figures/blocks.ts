// Generated blocks in markdown: the text between `<!-- figures:NAME -->` and `<!-- /figures:NAME -->`.

const pattern = (name: string): RegExp => new RegExp(`(<!-- figures:${name} -->\\n)([\\s\\S]*?)\\n?(<!-- /figures:${name} -->)`);

/** The current text of a block, or undefined when the file has no such block. */
export function readBlock(doc: string, name: string): string | undefined {
  return pattern(name).exec(doc)?.[2];
}

/** The document with the block's text replaced; throws when the block's markers are missing. */
export function writeBlock(doc: string, name: string, text: string): string {
  if (!pattern(name).test(doc)) throw new Error(`no <!-- figures:${name} --> block`);
  return doc.replace(pattern(name), (_m, open: string, _old: string, close: string) => `${open}${text}\n${close}`);
}
