/**
 * A vCard 4.0 (RFC 6350) contact card of a producer, for a buyer's phone. Written here rather than
 * with a package: the vCard writers on npm either target 3.0 or leave text unescaped, and the format
 * needs just escaping and line folding, both tested.
 */
import type { Area, Producer } from '../content/schema';

/** RFC 6350 §3.4: backslash, comma, semicolon and line breaks are escaped in text values. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r?\n/g, '\\n');
}

/** RFC 6350 §3.2: lines longer than 75 octets are folded, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

interface VCardInput {
  producer: Producer;
  name: string;
  area: Area | undefined;
  provinceName: string;
  pageUrl: string;
}

export function producerVCard({ producer, name, area, provinceName, pageUrl }: VCardInput): string {
  const digits = (phone: string) => phone.replace(/[^+\d]/g, '');
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:org',
    `FN:${escapeText(name)}`,
    `ORG:${escapeText(name)}`,
    // ADR: post office box; extended address; street; locality; region; postal code; country.
    `ADR;TYPE=work:;;${escapeText(producer.address.line ?? '')};${escapeText(area?.name ?? '')};${escapeText(provinceName)};;Việt Nam`,
    `GEO:geo:${producer.coordinates.lat},${producer.coordinates.lng}`,
    ...(producer.phone ? [`TEL;TYPE=work,voice;VALUE=uri:tel:${digits(producer.phone)}`] : []),
    ...(producer.email ? [`EMAIL;TYPE=work:${escapeText(producer.email)}`] : []),
    ...(producer.website ? [`URL;TYPE=work:${producer.website}`] : []),
    ...(producer.zalo ? [`IMPP;TYPE=work:https://zalo.me/${producer.zalo}`] : []),
    `NOTE:${escapeText(`OCOP · ${pageUrl}`)}`,
    `SOURCE:${pageUrl}/contact.vcf`,
    'END:VCARD',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
