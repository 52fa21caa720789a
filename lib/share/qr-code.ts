import QRCode from 'qrcode';

/** An SVG QR code of a URL, for producers to print on packaging; medium error correction survives small print. */
export function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 1,
    color: { dark: '#1c1917', light: '#ffffff' },
  });
}
