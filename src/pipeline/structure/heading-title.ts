// Where a numbered item's heading ends and its text begins.
import { fold } from '../text/fold.ts';

const MAX_TITLE = 40;
/** Words that close a section title when the page ran title and text together. */
const TITLE_END =
  /^.{0,12}?(总体要求|基本要求|主要目标|工作目标|行动目标|目标任务|指导思想|基本原则|工作原则|重点任务|主要任务|工作任务|建设任务|工作措施|主要措施|保障措施|实施步骤|组织保障|组织领导|工作要求|建设内容|实施范围|适用范围|工作安排|职责分工|任务分工)/;

/**
 * Splits the text after a number into [title, rest]. The title is the first sentence
 * when it is short (1.加强党对教育工作的全面领导。), the whole item when it is a bare
 * heading (一、指导思想), or a known section name run into the text (一、总体要求贯彻…).
 */
export function splitTitle(content: string): [string, string] {
  const view = fold(content.slice(0, MAX_TITLE * 2));
  const end = view.search(/[。；;！!？?]/);
  if (end < 0 && content.length <= MAX_TITLE) return [content, ''];
  if (end >= 0 && end + 1 <= MAX_TITLE && !/[，,]/.test(view.slice(0, end))) {
    return [content.slice(0, end + 1), content.slice(end + 1)];
  }
  const known = TITLE_END.exec(view);
  if (known) return [content.slice(0, known[0].length), content.slice(known[0].length)];
  return ['', content];
}
