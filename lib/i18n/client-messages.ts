/**
 * The parts of the catalogue that client components translate. Only these are sent to the
 * browser: passing the whole catalogue would put every page's strings into every page.
 * `client-messages.test.ts` checks this list against the client components' namespaces.
 */
export const CLIENT_MESSAGE_PATHS = [
  'common.language',
  'common.roles',
  'common.errorPage',
  'common.kinds',
  'common.audiences',
  'errors',
  'validation',
  'auth',
  'admin.assessments.form',
  'admin.assessments.document',
  'admin.calendar',
  'admin.serviceEdit',
  'admin.userEdit',
  'admin.pairings.form',
  'applicant.apply.form',
  'applicant.commitment',
  'applicant.inbox.actions',
  'applicant.joinRequests',
  'dashboard.creditForms',
  'desk.actions',
  'desk.caseForms',
  'desk.supplementReasons',
  'desk.task',
  'officer.urge',
  'drawings.review',
  'applicant.wizard',
  'applicant.withdraw',
  'case.upload',
  'keyProjects.reportForm',
  'keyProjects.milestoneForm',
  'keyProjects.manageForms',
  'keyProjects.levels',
  'keyProjects.programmes',
  'licences.statusForm',
  'mail.settings.form',
  'names.composer',
  'problems.actions',
  'problems.kinds',
  'problems.raise',
  'onBehalf',
  'projects.form',
  'projects.filing',
  'promise.route',
  'promise.materials',
  'promise.form',
  'ratings.levels',
  'ratings.form',
  'ratings.reply',
  'ratings.steps',
  'reassign.form',
  'reassign.bulk',
] as const;

type Messages = Record<string, unknown>;

export function pickClientMessages(messages: Messages, paths: readonly string[] = CLIENT_MESSAGE_PATHS): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split('.');
    let source: unknown = messages;
    for (const key of keys) source = (source as Messages | undefined)?.[key];
    if (source === undefined) continue;
    let target = picked;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Messages;
    target[keys[keys.length - 1]] = source;
  }
  return picked;
}
