import { textWidth } from './text-width.js';

/** Pixels per column of the badge's 11px sans-serif: near enough for the usual labels. */
const PX = 6.5;
const PAD = 6;

/**
 * A flat badge, `label | 72%`, as SVG: the right half coloured by how far the work is (red
 * below a third, amber below two thirds, green above, grey when nothing is counted). The
 * label is document text: it is XML-escaped, and the SVG carries no script or link.
 */
export function badgeSvg(label: string, fraction: number | null): string {
  const value = fraction === null ? 'n/a' : `${Math.floor(fraction * 100)}%`;
  const colour = fraction === null ? '#9f9f9f' : fraction < 1 / 3 ? '#e05d44' : fraction < 2 / 3 ? '#dfb317' : '#4c1';
  const shown = label.length > 60 ? `${label.slice(0, 59)}…` : label;
  const left = Math.round(textWidth(shown) * PX + 2 * PAD);
  const right = Math.round(textWidth(value) * PX + 2 * PAD);
  const width = left + right;
  const text = escapeXml(shown);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${text}: ${value}">`,
    `<title>${text}: ${value}</title>`,
    `<rect width="${left}" height="20" fill="#555"/>`,
    `<rect x="${left}" width="${right}" height="20" fill="${colour}"/>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="${left / 2}" y="14">${text}</text>`,
    `<text x="${left + right / 2}" y="14">${value}</text>`,
    '</g></svg>',
  ].join('');
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
