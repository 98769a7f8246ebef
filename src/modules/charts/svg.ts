import { fitText, textWidth } from '../../domain/chart.js';
import { element, escapeMarkup } from '../markup.js';
import { FONT_STACK } from './labels.js';

/** The pieces every chart is made of: the document with its title and description, a heading, a legend. */

export interface ChartFrame {
  width: number;
  height: number;
  /** The accessible name, read first by a screen reader. */
  title: string;
  /** The numbers in words, for a reader who cannot see them. */
  desc: string;
}

/** A standalone SVG document: no script, no external reference, fonts from the system. */
export function svgDocument(frame: ChartFrame, ...body: string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    element(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width: frame.width,
        height: frame.height,
        viewBox: `0 0 ${frame.width} ${frame.height}`,
        role: 'img',
        'aria-labelledby': 'chart-title chart-desc',
        'font-family': FONT_STACK,
        'font-size': 12,
        fill: '#1f2328',
      },
      element('title', { id: 'chart-title' }, escapeMarkup(frame.title)),
      element('desc', { id: 'chart-desc' }, escapeMarkup(frame.desc)),
      element('rect', { width: frame.width, height: frame.height, fill: '#ffffff' }),
      ...body,
    ) +
    '\n'
  );
}

/** The Chinese name large, the English one below it, both cut to the width available. */
export function heading(zh: string, en: string, width: number): string {
  return (
    element('text', { x: 16, y: 26, 'font-size': 16, 'font-weight': 'bold' }, escapeMarkup(fitText(zh, 16, width))) +
    element('text', { x: 16, y: 44, 'font-size': 11, fill: '#59636e' }, escapeMarkup(fitText(en, 11, width)))
  );
}

export interface LegendEntry {
  /** The swatch, drawn in a 16 × 12 box whose top left corner is at (0, 0). */
  swatch: string;
  label: string;
}

/** A row of swatches and labels from (x, y), wrapped onto a new row at `maxX`. */
export function legend(entries: readonly LegendEntry[], x: number, y: number, maxX: number): string {
  let cursorX = x;
  let cursorY = y;
  const parts: string[] = [];
  for (const { swatch, label } of entries) {
    const width = 20 + textWidth(label, 11);
    if (cursorX + width > maxX && cursorX > x) {
      cursorX = x;
      cursorY += 18;
    }
    parts.push(element('g', { class: 'legend-entry', transform: `translate(${cursorX} ${cursorY})` }, swatch, element('text', { x: 20, y: 10, 'font-size': 11 }, escapeMarkup(label))));
    cursorX += width + 12;
  }
  return element('g', { class: 'legend' }, ...parts);
}

/** A chart that has nothing to draw says so, rather than showing empty axes. */
export function noDataChart(zh: string, en: string, why: string, desc: string): string {
  const width = 800;
  const height = 220;
  return svgDocument(
    { width, height, title: `${zh} ${en}: 无数据 no data`, desc },
    heading(zh, en, width - 32),
    element('rect', { x: 16, y: 62, width: width - 32, height: height - 80, fill: '#f6f8fa', stroke: '#d0d7de', rx: 6, class: 'no-data' }),
    element('text', { x: width / 2, y: 130, 'text-anchor': 'middle', 'font-size': 22, fill: '#59636e' }, '无数据 · no data'),
    element('text', { x: width / 2, y: 160, 'text-anchor': 'middle', 'font-size': 12, fill: '#59636e' }, escapeMarkup(fitText(why, 12, width - 64))),
  );
}
