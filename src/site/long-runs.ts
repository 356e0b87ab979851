// Paragraphs that Chromium cannot lay out in reasonable time: a long run of punctuation with
// no break opportunity (50,000 （, 、 or “ in a row) makes its line breaker and its trimming
// of adjacent fullwidth punctuation (text-spacing-trim) take minutes. Such paragraphs get a
// class whose CSS allows a break anywhere and turns the trimming off (global.css
// .long-run); ordinary text keeps its line-breaking rules.

/** This many characters in a row that are neither letters, digits nor spaces: no real text has that. */
const LONG_RUN = /[^\p{L}\p{N}\s<>]{64,}/u;

/** The body HTML with class="long-run" on every paragraph (or list item) that holds a long run. */
export function markLongRuns(html: string): string {
  if (!LONG_RUN.test(html)) return html;
  return html.replace(/<(p|li)(\s[^>]*)?>([\s\S]*?)<\/\1>/g, (whole, tag: string, attrs: string | undefined, inner: string) => {
    if (!LONG_RUN.test(inner.replace(/<[^>]*>/g, ''))) return whole;
    const attributes = attrs ?? '';
    const withClass = /\sclass="/.test(attributes) ? attributes.replace(/\sclass="/, ' class="long-run ') : `${attributes} class="long-run"`;
    return `<${tag}${withClass}>${inner}</${tag}>`;
  });
}
