// Reads report files in the encodings drafts really come in — UTF-8 with or without BOM, UTF-16 with
// BOM, GB18030/GBK from older Windows tools — and writes fixed text back in the encoding it came in.

import * as iconv from 'iconv-lite';
import { t } from '../service';

export type EncodingId = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'gb18030';

export type Decoded = { ok: true; text: string; encoding: EncodingId } | { ok: false; reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Control characters that never occur in a typed or pasted report (tab, line breaks and form feed do). */
const CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g;

/** A text where more than one character in a hundred is a stray control character is not a report. */
function looksBinary(text: string): boolean {
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > 0 && (text.includes('\u0000') || controls * 100 > text.length);
}

// The reasons are looked up when reported, so they follow the language chosen for the run.
const notText = () => t('不是文本文件（含有 NUL 字节或控制字符）');
const unknownEncoding = () => t('无法识别编码（不是 UTF-8、带 BOM 的 UTF-16，也不是 GB18030/GBK）');

export function decodeBytes(bytes: Uint8Array): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text: string;
  let encoding: EncodingId;
  if (startsWith(bytes, UTF8_BOM)) {
    const decoded = decodeUtf8(buffer.subarray(3));
    if (decoded === null) return { ok: false, reason: unknownEncoding() };
    text = decoded;
    encoding = 'utf8-bom';
  } else if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM)) {
    encoding = bytes[0] === 0xff ? 'utf16le' : 'utf16be';
    if ((bytes.length - 2) % 2 !== 0) return { ok: false, reason: unknownEncoding() };
    text = iconv.decode(buffer.subarray(2), encoding, { stripBOM: false });
  } else if (bytes.includes(0)) {
    // UTF-16 without a BOM is not guessed at: NUL bytes mean binary as far as we are concerned.
    return { ok: false, reason: notText() };
  } else {
    const utf8 = decodeUtf8(buffer);
    if (utf8 !== null) {
      text = utf8;
      encoding = 'utf8';
    } else {
      text = iconv.decode(buffer, 'gb18030', { stripBOM: false });
      encoding = 'gb18030';
      // iconv-lite replaces undecodable sequences with U+FFFD; a file that needs it is not GB18030.
      if (text.includes('\ufffd')) return { ok: false, reason: unknownEncoding() };
    }
  }
  if (looksBinary(text)) return { ok: false, reason: notText() };
  return { ok: true, text, encoding };
}

/** One decoder for every file: a fatal decoder keeps no state between whole-buffer calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8(buffer: Buffer): string | null {
  try {
    return UTF8.decode(buffer);
  } catch {
    return null;
  }
}

export function encodeText(text: string, encoding: EncodingId): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from(UTF8_BOM), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from(UTF16LE_BOM), iconv.encode(text, 'utf16le', { addBOM: false })]);
    case 'utf16be':
      return Buffer.concat([Buffer.from(UTF16BE_BOM), iconv.encode(text, 'utf16be', { addBOM: false })]);
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
  }
}
