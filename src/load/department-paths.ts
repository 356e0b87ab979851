// The pages of every responsible unit (components/DepartmentPage.astro): its first page and
// one more per DEPARTMENT_PAGE obligations.
import { loadSite } from './policies.ts';
import { DEPARTMENT_PAGE } from '../site/department-pages.ts';
import { pageCount } from '../site/pagination.ts';

export async function departmentPaths() {
  const site = await loadSite();
  return site.departments.flatMap((dep) => {
    const props = {
      dep,
      today: site.today,
      policies: dep.policies.map((s) => site.bySlug.get(s)!),
      leads: dep.leads.map((s) => ({ policy: site.bySlug.get(s)!, items: site.rowsByPolicy.get(s)?.length ?? 0 })),
      issued: dep.issued.map((s) => site.bySlug.get(s)!),
    };
    return Array.from({ length: pageCount(dep.rows.length, DEPARTMENT_PAGE) }, (_, i) => ({ props: { ...props, page: i + 1 } }));
  });
}
