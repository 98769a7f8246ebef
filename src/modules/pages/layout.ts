import { STATUS_LOOK } from '../charts/labels.js';
import { escapeMarkup, htmlElement, voidElement } from '../markup.js';
import type { AssessmentCountKey } from '../progress/progress.schemas.js';

/** The page's own styles, inline (the CSP allows inline styles and nothing from elsewhere); no script at all. */
const STYLE = `
body { font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif; margin: 0; color: #1f2328; background: #f6f8fa; line-height: 1.5; }
header { background: #24292f; color: #fff; padding: 10px 24px; display: flex; flex-wrap: wrap; gap: 16px; align-items: center; }
header a { color: #fff; }
header form { margin-left: auto; display: flex; gap: 8px; align-items: center; }
main { max-width: 1000px; margin: 0 auto; padding: 16px 24px 48px; background: #fff; }
h1 { font-size: 24px; margin: 8px 0 0; } h1 .en, h2 .en, h3 .en, h4 .en { display: block; font-size: 0.6em; font-weight: normal; color: #59636e; }
h2 { font-size: 20px; border-bottom: 1px solid #d0d7de; margin-top: 28px; } h3 { font-size: 16px; margin: 18px 0 4px; } h4 { font-size: 14px; margin: 12px 0 4px; }
.muted, .en { color: #59636e; } .en { font-size: 0.9em; }
figure { margin: 16px 0; overflow-x: auto; } figure img { max-width: 100%; height: auto; border: 1px solid #d0d7de; }
table { border-collapse: collapse; width: 100%; font-size: 14px; } th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #eaeef2; }
th { font-weight: 600; background: #f6f8fa; }
.status { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; white-space: nowrap; }
.status.no_report { color: #1f2328; }
meter { width: 160px; height: 14px; vertical-align: middle; }
.percent { display: inline-block; min-width: 7em; font-variant-numeric: tabular-nums; }
blockquote { margin: 4px 0; padding: 2px 10px; border-left: 3px solid #d0d7de; color: #3d444d; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; } dt { font-weight: 600; } dd { margin: 0; }
.legend { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; }
${Object.entries(STATUS_LOOK)
  .map(([key, { colour }]) => `.status.${key} { background: ${colour}; } meter.${key}::-webkit-meter-optimum-value { background: ${colour}; } meter.${key}::-moz-meter-bar { background: ${colour}; }`)
  .join('\n')}
meter.estimate { opacity: 0.5; }
`;

/** A status as a coloured label, Chinese then English. */
export function statusBadge(status: AssessmentCountKey): string {
  const look = STATUS_LOOK[status];
  return htmlElement('span', { class: `status ${status}` }, escapeMarkup(`${look.zh} ${look.en}`));
}

/** Chinese first, the English beside it, marked as English. */
export const bilingual = (name: { zh: string; en: string }, tag = 'span') => `${escapeMarkup(name.zh)} ${htmlElement(tag, { class: 'en', lang: 'en' }, escapeMarkup(name.en))}`;

/** A URL with `asOf` kept (and any other query given), for links that stay on the same day. */
export function withQuery(path: string, query: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return search ? `${path}?${search}` : path;
}

/** The whole page: navigation, the as-of form (a plain GET form: no script needed), and the content. */
export function page(options: { title: string; asOf: string | null; hidden?: Record<string, string> }, ...content: string[]): string {
  const hidden = Object.entries(options.hidden ?? {}).map(([name, value]) => voidElement('input', { type: 'hidden', name, value }));
  return (
    '<!doctype html>\n' +
    htmlElement(
      'html',
      { lang: 'zh-Hans' },
      htmlElement('head', {},
        voidElement('meta', { charset: 'utf-8' }),
        voidElement('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        htmlElement('title', {}, escapeMarkup(options.title)),
        // No favicon request (it would be a 404 in every browser's console).
        voidElement('link', { rel: 'icon', href: 'data:,' }),
        htmlElement('style', {}, STYLE),
      ),
      htmlElement('body', {},
        htmlElement('header', {},
          htmlElement('a', { href: '/' }, '首页 Home'),
          htmlElement('a', { href: '/docs' }, 'API 文档 docs'),
          htmlElement('a', { href: '/openapi.json' }, 'OpenAPI'),
          htmlElement('form', { method: 'get' },
            ...hidden,
            htmlElement('label', {}, '截至 As of ', voidElement('input', { type: 'date', name: 'asOf', value: options.asOf ?? '' })),
            htmlElement('button', { type: 'submit' }, '查看 Show'),
          ),
        ),
        htmlElement('main', {}, ...content),
      ),
    ) +
    '\n'
  );
}
