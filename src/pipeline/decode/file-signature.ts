// Formats that are not text, recognised by their first bytes, with what to do
// about each: people drop PDFs, scans and old Word files into the sources folder.

export interface FileSignature {
  kind: 'pdf' | 'zip' | 'ole' | 'rtf' | 'image' | 'archive';
  /** What the file is, as a person would say it. */
  description: string;
  hint: string;
}

const SAVE_AS = 'luoshi reads plain text (UTF-8, GB18030, Big5, UTF-16), HTML pages and .docx files.';

const SIGNATURES: { magic: number[]; signature: FileSignature }[] = [
  {
    magic: [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
    signature: {
      kind: 'pdf',
      description: 'a PDF document; PDF is not supported',
      hint: `${SAVE_AS} Copy the text out of the PDF into a UTF-8 .txt file, or open the PDF in WPS or Word and save it as .docx.`,
    },
  },
  {
    magic: [0x50, 0x4b, 0x03, 0x04], // PK: zip, the container of .docx, .xlsx, .ofd…
    signature: {
      kind: 'zip',
      description: 'a ZIP archive but not a Word .docx document (or a damaged one)',
      hint: `${SAVE_AS} If it is a Word document, open it in WPS or Word and save it again as .docx; otherwise unpack it and use the text inside.`,
    },
  },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE compound file: .doc, .wps, .xls
    signature: {
      kind: 'ole',
      description: 'an old binary Word (.doc) or other Office 97–2003 file; that format is not supported',
      hint: `${SAVE_AS} Open it in WPS or Word and save it as .docx (or as UTF-8 text).`,
    },
  },
  {
    magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf
    signature: {
      kind: 'rtf',
      description: 'an RTF document; RTF is not supported',
      hint: `${SAVE_AS} Open it in WPS or Word and save it as .docx (or as UTF-8 text).`,
    },
  },
  ...[
    [0x89, 0x50, 0x4e, 0x47], // PNG
    [0xff, 0xd8, 0xff], // JPEG
    [0x47, 0x49, 0x46, 0x38], // GIF8
    [0x49, 0x49, 0x2a, 0x00], // TIFF, little-endian
    [0x4d, 0x4d, 0x00, 0x2a], // TIFF, big-endian
  ].map((magic) => ({
    magic,
    signature: {
      kind: 'image' as const,
      description: 'an image, not text',
      hint: `${SAVE_AS} A scanned page needs text recognition (OCR) first; save the recognised text as a UTF-8 .txt file.`,
    },
  })),
  ...[
    [0x1f, 0x8b], // gzip
    [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
    [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], // Rar!
  ].map((magic) => ({
    magic,
    signature: {
      kind: 'archive' as const,
      description: 'a compressed archive, not text',
      hint: `${SAVE_AS} Unpack it and use the files inside.`,
    },
  })),
];

/** The non-text format `bytes` starts like, or null when it is none of them. */
export function fileSignature(bytes: Uint8Array): FileSignature | null {
  const match = SIGNATURES.find(({ magic }) => magic.every((byte, i) => bytes[i] === byte));
  return match?.signature ?? null;
}
