/** Writing XML and HTML by hand: every text and attribute value goes through here, escaped. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to stand in an element or in a quoted attribute, in XML and in HTML alike. */
export const escapeMarkup = (text: string | number): string => String(text).replace(/[&<>"']/g, (character) => ENTITIES[character]);

export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** Attributes written out, escaped; null, undefined and false are left out, true is written bare. */
function attributesOf(attributes: Attributes): string {
  let written = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    written += value === true ? ` ${name}` : ` ${name}="${escapeMarkup(typeof value === 'number' ? round(value) : value)}"`;
  }
  return written;
}

/** Coordinates to a tenth of a pixel: finer says nothing on screen and bloats the file. */
const round = (value: number) => Math.round(value * 10) / 10;

/** An element; its children are markup already (built with `element` or escaped with `escapeMarkup`). */
export function element(name: string, attributes: Attributes = {}, ...children: string[]): string {
  return children.length ? `<${name}${attributesOf(attributes)}>${children.join('')}</${name}>` : `<${name}${attributesOf(attributes)}/>`;
}

/** An HTML element, which is never self-closed (void elements such as <meta> take `voidElement`). */
export function htmlElement(name: string, attributes: Attributes = {}, ...children: string[]): string {
  return `<${name}${attributesOf(attributes)}>${children.join('')}</${name}>`;
}

export const voidElement = (name: string, attributes: Attributes = {}): string => `<${name}${attributesOf(attributes)}>`;
