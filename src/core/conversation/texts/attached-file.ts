/**
 * What the bot says about a file sent as evidence: a name it cannot read as a document's,
 * and a file sent privately while no figure waits for its evidence.
 */

/** A file whose name is not a document's: what is expected, then the question again. */
export function fileNotRecognised(fileName: string, question: string): string {
  return `Chưa nhận ra minh chứng trong tệp "${shortName(fileName)}": cần tệp văn bản (PDF, Word, Excel, ảnh chụp), tên tệp nên có số văn bản (ví dụ 189-BC-UBND.pdf), hoặc gõ số và ngày văn bản (ví dụ 189/BC-UBND ngày 27/11/2023).\n${question}`;
}

/** A file sent in a private chat while no figure waits for evidence: how to attach one. */
export function fileWithoutFigure(fileName: string): string {
  return `Đã nhận tệp "${shortName(fileName)}" nhưng chưa có số liệu nào đang chờ minh chứng. Anh/chị gửi số liệu trước (ví dụ 3.2: 6.608/8.315) hoặc gõ /capnhat, rồi gửi tệp khi Xã Số hỏi minh chứng.`;
}

function shortName(fileName: string): string {
  const name = fileName.trim();
  return name.length > 60 ? `${name.slice(0, 60)}…` : name;
}
