import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import type { DraftReport, DraftSection } from "../../core/reports/draft-report.js";
import { centred, DOCUMENT_FONT, nationalHeading, pageProperties, SIZE, usableWidth } from "./docx-layout.js";

function paragraph(text: string, options: { bold?: boolean; bullet?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    spacing: { before: 60, after: 60, line: 300 },
    children: [
      new TextRun({
        text: options.bullet ? `- ${text}` : text,
        bold: options.bold ?? false,
        size: SIZE.heading,
        font: DOCUMENT_FONT,
      }),
    ],
  });
}

function sectionParagraphs(part: DraftSection): Paragraph[] {
  return [
    paragraph(part.heading, { bold: true }),
    ...part.paragraphs.map((text) => paragraph(text)),
    ...part.bullets.map((text) => paragraph(text, { bullet: true })),
    ...part.parts.flatMap(sectionParagraphs),
  ];
}

/**
 * The draft report as a Word document, A4 portrait in Times New Roman 14 pt like the source
 * reports: the national heading, "BÁO CÁO" and its subject, the opening sentence, the
 * three parts, and "(Có Phụ lục kèm theo)".
 */
export async function renderDraftDocx(draft: DraftReport): Promise<Uint8Array> {
  const width = usableWidth("portrait");
  const document = new Document({
    creator: draft.issuer,
    title: draft.subtitle,
    styles: { default: { document: { run: { font: DOCUMENT_FONT, size: SIZE.heading } } } },
    sections: [
      {
        properties: pageProperties("portrait"),
        children: [
          nationalHeading(draft.issuer, draft.placeAndDate, width),
          centred({ text: "" }),
          centred({ text: draft.title, bold: true, size: SIZE.heading }),
          centred({ text: draft.subtitle, bold: true, size: SIZE.heading }),
          centred({ text: "" }),
          paragraph(draft.intro),
          ...draft.sections.flatMap(sectionParagraphs),
          paragraph(draft.closing),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
