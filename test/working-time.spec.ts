import { planWait } from '../src/calendar/business-calendar';
import { nationalHolidays } from '../src/calendar/national-holidays';
import { addWorkingTime, nextWorkingInstant, WorkingCalendar, workingSecondsBetween } from '../src/calendar/working-time';

/** Working time over explicit instants and the 2027 Indonesian holidays of date-holidays: no clock, no I/O. */
const HOUR = 3600;
const holidays2027 = new Set(nationalHolidays('2027-01-01', '2027-12-31').map((h) => h.date));

function office(timeZone: string, daysOff: Set<string> = holidays2027): WorkingCalendar {
  return { timeZone, workingDays: [1, 2, 3, 4, 5], dayStart: '08:00', dayEnd: '16:00', daysOff };
}

describe('working time', () => {
  it('knows the long weekend of March 2027 from date-holidays (Nyepi Monday, Idul Fitri Tuesday and Wednesday)', () => {
    expect(['2027-03-08', '2027-03-09', '2027-03-10'].every((d) => holidays2027.has(d))).toBe(true);
  });

  it('a case reported on Friday afternoon before a long weekend is not late on Tuesday morning', () => {
    // Friday 2027-03-05 15:00 WIB; triage is one working day (8 working hours).
    const reported = new Date('2027-03-05T15:00:00+07:00');
    const deadline = addWorkingTime(reported, 8 * HOUR, office('Asia/Jakarta'));
    // One hour on Friday; Saturday, Sunday, Nyepi (Mon), Idul Fitri (Tue, Wed) do not count: seven hours on Thursday.
    expect(deadline.toISOString()).toBe(new Date('2027-03-11T15:00:00+07:00').toISOString());
    expect(deadline.getTime()).toBeGreaterThan(new Date('2027-03-09T09:00:00+07:00').getTime());
    // Without the holidays the same case would have been due on Monday.
    expect(addWorkingTime(reported, 8 * HOUR, office('Asia/Jakarta', new Set())).toISOString()).toBe(
      new Date('2027-03-08T15:00:00+07:00').toISOString(),
    );
  });

  it('a weekend alone: Friday 14:00 plus 4 working hours is Monday 10:00', () => {
    const deadline = addWorkingTime(new Date('2027-04-16T14:00:00+07:00'), 4 * HOUR, office('Asia/Jakarta'));
    expect(deadline.toISOString()).toBe(new Date('2027-04-19T10:00:00+07:00').toISOString());
  });

  it('WIB, WITA and WIT offices give different instants for the same report', () => {
    const reported = new Date('2027-04-15T23:30:00Z'); // Friday: 06:30 WIB, 07:30 WITA, 08:30 WIT
    const due = (zone: string) => addWorkingTime(reported, 2 * HOUR, office(zone)).toISOString();
    expect(due('Asia/Jakarta')).toBe(new Date('2027-04-16T10:00:00+07:00').toISOString()); // from 08:00
    expect(due('Asia/Makassar')).toBe(new Date('2027-04-16T10:00:00+08:00').toISOString()); // from 08:00, an hour earlier
    expect(due('Asia/Jayapura')).toBe(new Date('2027-04-16T10:30:00+09:00').toISOString()); // from the report at 08:30
    expect(new Set([due('Asia/Jakarta'), due('Asia/Makassar'), due('Asia/Jayapura')]).size).toBe(3);
  });

  it('the next working instant: within hours it is the instant itself, after hours the next working morning', () => {
    const cal = office('Asia/Makassar');
    const inHours = new Date('2027-04-15T10:00:00+08:00');
    expect(nextWorkingInstant(inHours, cal).toISOString()).toBe(inHours.toISOString());
    expect(nextWorkingInstant(new Date('2027-03-05T22:00:00+08:00'), cal).toISOString()).toBe(
      new Date('2027-03-11T08:00:00+08:00').toISOString(),
    );
    expect(nextWorkingInstant(new Date('2027-04-15T06:00:00+08:00'), cal).toISOString()).toBe(
      new Date('2027-04-15T08:00:00+08:00').toISOString(),
    );
  });

  it('counts the working seconds between two instants', () => {
    const cal = office('Asia/Jakarta');
    expect(workingSecondsBetween(new Date('2027-03-05T15:00:00+07:00'), new Date('2027-03-11T15:00:00+07:00'), cal)).toBe(8 * HOUR);
  });

  it('plans a warning at a share of a working step, and defers an elapsed reminder only for an office with its own week', () => {
    const now = new Date('2027-03-05T12:00:00+07:00');
    const cal = { ...office('Asia/Jakarta'), isDefault: false };
    const plan = planWait({ officeId: 'x', seconds: 8 * HOUR, clock: 'working', warnShare: 0.5 }, now, cal);
    expect(plan.at).toBe(new Date('2027-03-11T12:00:00+07:00').toISOString());
    expect(plan.warnAt).toBe(new Date('2027-03-05T16:00:00+07:00').toISOString());
    const before = planWait({ officeId: 'x', seconds: 8 * HOUR, clock: 'working', warnBeforeSeconds: HOUR }, now, cal);
    expect(before.warnAt).toBe(new Date('2027-03-11T11:00:00+07:00').toISOString());
    // An elapsed reminder due on Saturday goes out on the next working morning…
    const reminder = planWait({ officeId: 'x', seconds: 24 * HOUR, clock: 'elapsed', deferToWorkingHours: true }, now, cal);
    expect(reminder.at).toBe(new Date('2027-03-11T08:00:00+07:00').toISOString());
    // …but an office on the default calendar keeps elapsed time exactly.
    const plain = planWait({ officeId: 'x', seconds: 24 * HOUR, clock: 'elapsed', deferToWorkingHours: true }, now, { ...cal, isDefault: true });
    expect(plain.at).toBe(new Date('2027-03-06T12:00:00+07:00').toISOString());
    expect(plain.waitMs).toBe(24 * HOUR * 1000);
  });

  it('finds the end of the longest step a policy allows (366 days of working seconds) without running out of calendar', () => {
    const from = new Date('2027-01-04T08:00:00+07:00');
    const end = addWorkingTime(from, 366 * 24 * HOUR, office('Asia/Jakarta'));
    expect(workingSecondsBetween(from, end, office('Asia/Jakarta'))).toBe(366 * 24 * HOUR);
    expect(end.getUTCFullYear()).toBeGreaterThanOrEqual(2031);
  });
});
