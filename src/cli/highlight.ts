/**
 * The article with the evidence marked: reverse video on a terminal, »…« when piped. When the
 * coder paraphrased (the evidence is not in the text verbatim) the text is shown as it is.
 */
export function highlight(text: string, evidence: string, tty: boolean): string {
  const at = evidence === '' ? -1 : text.indexOf(evidence);
  if (at < 0) return text;
  const [open, close] = tty ? ['\u001b[7m', '\u001b[0m'] : ['»', '«'];
  return `${text.slice(0, at)}${open}${evidence}${close}${text.slice(at + evidence.length)}`;
}
