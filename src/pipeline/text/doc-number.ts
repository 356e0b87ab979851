// 发文字号 as one form: 〔〕 brackets, half-width digits, no spaces; the characters
// stay as printed (肇教發 keeps 發).

export function normaliseDocNumber(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[［\[【(（]/, '〔')
    .replace(/[］\]】)）]/, '〕');
}
