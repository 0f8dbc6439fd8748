/** Words in a text, counted as runs of letters or digits in any script. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
}
