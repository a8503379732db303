/*
 * The HTML report's stylesheet, inline so the page is one file that opens
 * anywhere, offline, with no asset to lose. A status is never told by colour
 * alone (WCAG 1.4.1): it stands in its own column, says its name in words,
 * and has its own fill and border (solid for evidenced, hatched and dashed
 * for mentioned, blank and dotted for missing), so it reads the same printed
 * in black and white, in greyscale and to a colour-blind reader.
 */
export const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.4; }
body { margin: 1.5rem auto; max-width: 78rem; padding: 0 1rem; color: #1b1b1b; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #1b1b1b; padding-bottom: .2rem; overflow-wrap: anywhere; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
a { color: #0b4f8a; }
table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; }
caption { text-align: left; font-weight: 700; padding: .3rem 0; }
th, td { border: 1px solid #8a8a8a; padding: .3rem .45rem; vertical-align: top; text-align: left; }
thead th { background: #ececec; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.summary tfoot th, .summary tfoot td { font-weight: 700; border-top: 2px solid #1b1b1b; }
.matrix td.status { width: 7.5rem; text-align: center; font-weight: 600; }
.matrix td.status a { color: inherit; text-decoration: none; display: block; }
.matrix td.status a:hover, .matrix td.status a:focus { text-decoration: underline; }
.matrix td.empty { background: #fff; }
.status.evidenced { background: #cfe9d6; border: 3px solid #1a6b33; color: #0d3b1b; }
.status.mentioned { background: repeating-linear-gradient(135deg, #fbe7b5 0 6px, #fff 6px 10px); border: 3px dashed #8a5a00; color: #4a3000; }
.status.missing { background: #fff; border: 3px dotted #a4161a; color: #7a0f12; }
span.status { display: inline-block; padding: 0 .4rem; margin: 0 .15rem; font-weight: 600; }
.quote { font-style: italic; }
.where { color: #4a4a4a; font-size: .9em; }
.at { font-variant-numeric: tabular-nums; white-space: nowrap; }
.level { display: inline-block; min-width: 4.5rem; font-weight: 700; text-transform: uppercase; font-size: .8em; padding: 0 .3rem; border: 2px solid currentColor; text-align: center; }
.level.error { color: #a4161a; }
.level.warning { color: #8a5a00; border-style: dashed; }
.level.info { color: #0b4f8a; border-style: dotted; }
.findings li, .places li { margin: .25rem 0; }
.findings li:target, .concept:target { outline: 3px solid #0b4f8a; outline-offset: 2px; }
.concept { border-left: 4px solid #8a8a8a; padding-left: .6rem; margin: .8rem 0; }
.fatal { border: 3px solid #a4161a; padding: .5rem; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { margin: 0; max-width: none; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  .file { break-before: page; }
  tr, .concept, .findings li { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;
