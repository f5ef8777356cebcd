import { listDepartments, listServicesForAdmin } from '@/lib/data/catalogue';
import type { Viewer } from '@/lib/auth/permissions';
import type { ServiceItemFormValues } from '@/lib/validation/catalogue';
import { ServiceItemForm } from './service-item-form';

/** The catalogue form with its choices: the departments, and the department items a stage item may bundle. */
export async function ServiceItemEditor({ viewer, defaults }: { viewer: Viewer; defaults: ServiceItemFormValues }) {
  const [services, departments] = await Promise.all([listServicesForAdmin(viewer), listDepartments()]);
  const departmentItems = services.filter((s) => s.kind !== 'combined').map((s) => ({ code: s.code, name: s.name }));
  return <ServiceItemForm defaults={defaults} departments={departments} departmentItems={departmentItems} />;
}
