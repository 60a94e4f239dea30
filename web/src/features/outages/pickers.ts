import { useTranslation } from 'react-i18next';

/** The date pickers' controls named in the person's language (they have no names of their own). */
export function usePickerLabels() {
  const { t } = useTranslation();
  return {
    ariaLabels: {
      previousMonth: t('outages.picker.previousMonth'),
      nextMonth: t('outages.picker.nextMonth'),
      previousYear: t('outages.picker.previousYear'),
      nextYear: t('outages.picker.nextYear'),
      previousDecade: t('outages.picker.previousDecade'),
      nextDecade: t('outages.picker.nextDecade'),
      monthLevelControl: t('outages.picker.chooseMonth'),
      yearLevelControl: t('outages.picker.chooseYear'),
    },
  };
}

/** And the time inputs and the confirm button of a date-and-time picker. */
export function useDateTimePickerLabels() {
  const { t } = useTranslation();
  return {
    ...usePickerLabels(),
    timePickerProps: { hoursInputLabel: t('outages.picker.hours'), minutesInputLabel: t('outages.picker.minutes') },
    submitButtonProps: { 'aria-label': t('outages.picker.confirm') },
  };
}
