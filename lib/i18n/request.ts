import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocale } from './config';
import { loadMessages } from './messages';

export default getRequestConfig(async () => {
  const stored = (await cookies()).get('NEXT_LOCALE')?.value;
  const locale = isLocale(stored) ? stored : DEFAULT_LOCALE;
  return { locale, messages: await loadMessages(locale), timeZone: 'Asia/Shanghai' };
});
