// Every chart is drawn twice at build time: at desktop width, and narrow for phones, where a
// shrunken desktop SVG would make its text too small to read (global.css shows one of them).
// The narrow width is below a 390 px phone's content width, so its text is never scaled down.
export const CHART_WIDTHS = [
  { width: 720, className: 'chart-wide', idSuffix: '' },
  { width: 340, className: 'chart-narrow', idSuffix: '-n' },
] as const;
