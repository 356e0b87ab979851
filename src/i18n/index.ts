// t(): look up an interface string and fill its {placeholders}.
import { zhCN, type MessageKey } from './zh-CN.ts';

export type { MessageKey };
export const locale = 'zh-CN';
export const htmlLang = 'zh-CN';

const messages: Record<MessageKey, string> = zhCN;

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const template = messages[key];
  if (template === undefined) throw new Error(`missing interface string: ${key}`);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}
