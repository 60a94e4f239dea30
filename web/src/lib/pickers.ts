import { useTranslation } from 'react-i18next';

/** The date pickers' controls named in the person's language (they have no names of their own). */
export function usePickerLabels() {
  const { t } = useTranslation();
  return {
    ariaLabels: {
      previousMonth: t('picker.previousMonth'),
      nextMonth: t('picker.nextMonth'),
      previousYear: t('picker.previousYear'),
      nextYear: t('picker.nextYear'),
      previousDecade: t('picker.previousDecade'),
      nextDecade: t('picker.nextDecade'),
      monthLevelControl: t('picker.chooseMonth'),
      yearLevelControl: t('picker.chooseYear'),
    },
  };
}

/** And the time inputs and the confirm button of a date-and-time picker. */
export function useDateTimePickerLabels() {
  const { t } = useTranslation();
  return {
    ...usePickerLabels(),
    timePickerProps: { hoursInputLabel: t('picker.hours'), minutesInputLabel: t('picker.minutes') },
    submitButtonProps: { 'aria-label': t('picker.confirm') },
  };
}
