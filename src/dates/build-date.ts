// The date a build is judged against (overdue, due soon, "too new" data): the
// LUOSHI_BUILD_DATE override, else today in China Standard Time.

export function buildDate(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  const fixed = env.LUOSHI_BUILD_DATE;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
