/**
 * The API's types, generated from its OpenAPI document by openapi-typescript: do not edit.
 * With the API running: `npm run api:types`.
 */

export type paths = {
    "/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys */
        get: operations["ApiKeysController_list"];
        put?: never;
        /** Create an API key for an integration (the key is shown once) */
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: operations["ApiKeysController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail of writes (who, what, when, from which request) */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in: a bearer token for the API (and, for a browser, the session and CSRF cookies) */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: revoke the token and clear the session cookies */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the caller is */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your own account (your e-mail address for notifications) */
        patch: operations["AuthController_updateMe"];
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password (ends your other sessions) */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: where residents can record and print today, and where to go instead */
        get: operations["PublicAvailabilityController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/national-days-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The national days off an admin added (cuti bersama); the public holidays come from date-holidays */
        get: operations["NationalDaysOffController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/national-days-off/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add a national day off (cuti bersama) for every office */
        put: operations["NationalDaysOffController_set"];
        post?: never;
        /** Remove a national day off (nothing changes when the date is not one) */
        delete: operations["NationalDaysOffController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage per province: required, recorded and not yet recorded over the offices you may read, most not yet recorded first */
        get: operations["CoverageController_national"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coverage.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage per province as CSV (the provinces you may read) and a total */
        get: operations["CoverageController_nationalCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coverage/provinces/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage of a province per regency (its office), most not yet recorded first */
        get: operations["CoverageController_province"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coverage/provinces/{code}.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage of a province per regency as CSV, and a total */
        get: operations["CoverageController_provinceCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Beranda: an office’s counts, and the cases, letters and outages the caller may act on now */
        get: operations["DashboardController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List devices */
        get: operations["DevicesController_list"];
        put?: never;
        /** Register a device at a service point */
        post: operations["DevicesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A device */
        get: operations["DevicesController_get"];
        put?: never;
        post?: never;
        /** Delete a device without repair cases */
        delete: operations["DevicesController_remove"];
        options?: never;
        head?: never;
        /** Change a device (move, retire, reactivate) */
        patch: operations["DevicesController_update"];
        trace?: never;
    };
    "/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List escalation letters */
        get: operations["EscalationsController_list"];
        put?: never;
        /** Draft an escalation letter about open repair cases (text generated, editable) */
        post: operations["EscalationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/escalations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An escalation with its repair cases, numbered letters and timeline */
        get: operations["EscalationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit the draft (while drafted or when changes were requested) */
        patch: operations["EscalationsController_edit"];
        trace?: never;
    };
    "/escalations/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the letter (a manager other than its drafters): numbers and renders it */
        post: operations["EscalationsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/escalations/{id}/draft.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current draft as an A4 PDF preview (marked KONSEP: not numbered, not signed) */
        get: operations["EscalationsController_draft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/escalations/{id}/letter.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The numbered letter as an A4 PDF (the latest, or ?round=) */
        get: operations["EscalationsController_letter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/escalations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject the letter, with a reason */
        post: operations["EscalationsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/escalations/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the ministry’s reply: closes the escalation and tells the linked cases */
        post: operations["EscalationsController_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/escalations/{id}/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the draft back with requested changes */
        post: operations["EscalationsController_requestChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/escalations/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the escalation before a reply, with a reason (a manager; four-eyes does not apply) */
        post: operations["EscalationsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the API can serve (database and workflow service answer) */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the API process answers (no dependency is asked) */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: Postgres and Temporal answer and every migration is applied */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ketersediaan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public page: choose a regency (HTML; ?wilayah= goes to its page) */
        get: operations["PublicPageController_choose"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ketersediaan/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public page: a regency's (61.05) or a kecamatan's (61.05.14) service points, what works today and where to go instead (HTML) */
        get: operations["PublicPageController_region"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your channel for every kind of notification, with its words in Bahasa Indonesia */
        get: operations["NotificationPreferencesController_list"];
        /** Choose how one kind of notification reaches you (email, in-app or digest) */
        put: operations["NotificationPreferencesController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your inbox (with the number unread) */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one message read */
        post: operations["NotificationsController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark every message read */
        post: operations["NotificationsController_markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the offices the caller may see */
        get: operations["OfficesController_list"];
        put?: never;
        /** Create an office (one per regency or city) */
        post: operations["OfficesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An office */
        get: operations["OfficesController_get"];
        put?: never;
        post?: never;
        /** Delete an office that holds no data */
        delete: operations["OfficesController_remove"];
        options?: never;
        head?: never;
        /** Change an office’s name and contact details (the letterhead), or (admins) its time zone */
        patch: operations["OfficesController_update"];
        trace?: never;
    };
    "/offices/{id}/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each local day of a range: working or not, its hours, and why it is off (weekend, public holiday, cuti bersama, the office's own day) */
        get: operations["OfficeCalendarController_days"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offices/{id}/calendar/days-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The office's own days off */
        get: operations["OfficeCalendarController_daysOff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offices/{id}/calendar/days-off/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add a day off of the office (a regional holiday, an office closure) */
        put: operations["OfficeCalendarController_setDayOff"];
        post?: never;
        /** Remove a day off of the office (nothing changes when the date is not one) */
        delete: operations["OfficeCalendarController_removeDayOff"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offices/{id}/calendar/working-week": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The office's working weekdays and hours (its own or the default Monday–Friday 08:00–16:00) */
        get: operations["OfficeCalendarController_week"];
        /** Set the office's working weekdays and hours (local time) */
        put: operations["OfficeCalendarController_setWeek"];
        post?: never;
        /** Back to the default working week (Monday–Friday 08:00–16:00) */
        delete: operations["OfficeCalendarController_resetWeek"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offices/{id}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recording coverage of an office: required, recorded, not yet recorded, the trend, and per kecamatan (?district= adds its villages) */
        get: operations["CoverageController_office"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offices/{id}/coverage.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage of an office as CSV: one row per kecamatan (or, with ?district=, per village of it) and a total */
        get: operations["CoverageController_officeCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offices/{id}/service-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import an office’s service points with places and hours (CSV; create or update by name; all rows or none) */
        post: operations["OfficeServicePointsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offices/{id}/sla-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The office’s SLA policy (its own or the defaults) */
        get: operations["OfficesController_policy"];
        /** Set the office’s SLA policy */
        put: operations["OfficesController_setPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offices/{id}/unrecorded-residents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unrecorded residents per village of an office */
        get: operations["UnrecordedResidentsController_list"];
        put?: never;
        /** Import unrecorded residents per village (CSV; all rows or none) */
        post: operations["UnrecordedResidentsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/outages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List outages: open ones first, then those recovering their print backlog, then closed ones; newest first within each */
        get: operations["OutagesController_list"];
        put?: never;
        /** Record an outage of the office or some of its service points (starts its workflow) */
        post: operations["OutagesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/outages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An outage with its service points, escalations, print backlog burn-down, overtime days and timeline */
        get: operations["OutagesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/outages/{id}/overtime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan an overtime day and its print target */
        post: operations["OutagesController_overtime"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/outages/{id}/print-progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the cards printed on a day (burns down the backlog) */
        post: operations["OutagesController_printProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/outages/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve the outage (with a print backlog it stays open until printed down) */
        post: operations["OutagesController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oversight": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per province you may read: service points and kecamatan that cannot record, repair cases open and late, outages and backlogs, letters awaiting reply, coverage */
        get: operations["OversightController_national"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oversight/letters-awaiting-reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Letters to the ministry awaiting its reply, the longest waiting first, with every letter sent (number, date) */
        get: operations["OversightController_letters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oversight/provinces/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A province per regency (its office): what cannot record and since when, repair cases, devices out of service longest, outages, coverage; the kecamatan down */
        get: operations["OversightController_province"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oversight/provinces/{code}/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A province’s charts: service points unable to record per day over the last days, and time to repair per regency */
        get: operations["OversightController_series"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions/districts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List districts (kecamatan) of a regency */
        get: operations["RegionsController_districts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions/provinces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List provinces */
        get: operations["RegionsController_provinces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions/regencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List regencies (of a province) */
        get: operations["RegionsController_regencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions/villages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List villages of a district, or search by name */
        get: operations["RegionsController_villages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List repair cases (filter by status, office, device, stalled) */
        get: operations["RepairsController_list"];
        put?: never;
        /** Open a repair case for a broken device (starts its workflow) */
        post: operations["RepairsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repairs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A repair case with its device, service point, alternatives, escalations and timeline */
        get: operations["RepairsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repairs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the case, with a reason */
        post: operations["RepairsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repairs/{id}/mark-repaired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the device repaired (someone else verifies it) */
        post: operations["RepairsController_markRepaired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repairs/{id}/request-repair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request the repair from the ministry or a vendor */
        post: operations["RepairsController_requestRepair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repairs/{id}/triage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Triage: fix on site, or needs repair */
        post: operations["RepairsController_triage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repairs/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify the repair: working closes the case, not working goes back to triage */
        post: operations["RepairsController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List service points */
        get: operations["ServicePointsController_list"];
        put?: never;
        /** Register a service point of an office */
        post: operations["ServicePointsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-points/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A service point (with alternatives while it cannot record) */
        get: operations["ServicePointsController_get"];
        put?: never;
        post?: never;
        /** Delete a service point without devices or cases */
        delete: operations["ServicePointsController_remove"];
        options?: never;
        head?: never;
        /** Change a service point */
        patch: operations["ServicePointsController_update"];
        trace?: never;
    };
    "/service-points/{id}/poster.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An A4 door poster of the service point: a QR code of its kecamatan's public page, the short link and its opening hours */
        get: operations["PosterController_poster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tours */
        get: operations["ToursController_list"];
        put?: never;
        /** Plan a village recording tour (waits for a manager’s approval) */
        post: operations["ToursController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tour with its team, kit, stops and timeline */
        get: operations["ToursController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the tour plan (a manager other than the planner) */
        post: operations["ToursController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the tour, with a reason */
        post: operations["ToursController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/{id}/kit-failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a kit device broken: opens its repair case and moves the remaining stops */
        post: operations["ToursController_kitFailure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject the tour plan, with a reason */
        post: operations["ToursController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tour report: recorded against target per village, and each batch’s sync state */
        get: operations["ToursController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/{id}/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tour report as CSV (one row per village, and a total) */
        get: operations["ToursController_reportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/{id}/stops/{stopId}/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an offline recording packet of a stop (multipart), stored before the answer */
        post: operations["ToursController_uploadBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/{id}/stops/{stopId}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check the team in at a stop */
        post: operations["ToursController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/{id}/stops/{stopId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish a stop (completed once every batch is answered by the centre) */
        post: operations["ToursController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/{id}/stops/{stopId}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a stop to another date */
        post: operations["ToursController_reschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/{id}/stops/{stopId}/skip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Skip a stop, with a reason */
        post: operations["ToursController_skip"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/planning-calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Planner's calendar: the kit's booked days and the office's days off in a range (the office's days) */
        get: operations["ToursController_planningCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tours/planning-team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people of an office a tour team is chosen from */
        get: operations["ToursController_planningTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List user accounts */
        get: operations["UsersController_list"];
        put?: never;
        /** Create a user account */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user account */
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user account (role, office, name, NIP, active, password reset) */
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints */
        get: operations["WebhooksController_list"];
        put?: never;
        /** Register a webhook endpoint (the signing secret is shown once) */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook endpoint */
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint and its delivery log */
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        /** Change, enable or disable a webhook endpoint */
        patch: operations["WebhooksController_update"];
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log of an endpoint, newest first */
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery with every attempt */
        get: operations["WebhooksController_delivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver a delivered or failed event again */
        post: operations["WebhooksController_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the signing secret (the new one is shown once) */
        post: operations["WebhooksController_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event types an endpoint can subscribe to, and the schema of each one’s data */
        get: operations["WebhooksController_eventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        ActionNoteDto: {
            note?: string;
        };
        AlternativeServicePointView: {
            address: string | null;
            /**
             * @description Great-circle km from the service point that cannot record (1 decimal); null when either has no coordinates
             * @example 12.4
             */
            distanceKm: number | null;
            districtCode: string;
            districtName: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "office-hq" | "kecamatan-office" | "mpp-desk" | "mobile-unit";
            name: string;
            /** @description Per weekday, the office's local time */
            openingHours: components["schemas"]["OpeningHoursDto"][] | null;
            /** @description In the same kecamatan (else the same regency) */
            sameDistrict: boolean;
        };
        ApiKeyCreated: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: uuid */
            id: string;
            /** @description The key itself: in this answer only */
            key: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            /** Format: uuid */
            officeId: string;
            /** @description The public beginning of the key */
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** @enum {string} */
            role: "operator" | "manager" | "supervisor";
        };
        ApiKeyView: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            /** Format: uuid */
            officeId: string;
            /** @description The public beginning of the key */
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** @enum {string} */
            role: "operator" | "manager" | "supervisor";
        };
        AuditEntryView: {
            /** @example repair.triage */
            action: string;
            actor: string;
            /** Format: uuid */
            actorId: string | null;
            /** @enum {string} */
            actorKind: "user" | "api-key" | "system" | "anonymous";
            clientIp: string | null;
            /** @description Increasing with time */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: uuid */
            officeId: string | null;
            requestId: string | null;
            /** @description What was done (secrets redacted) */
            summary: {
                [key: string]: unknown;
            };
            targetId: string | null;
            targetType: string;
        };
        BatchCounts: {
            acknowledged: number;
            received: number;
            rejected: number;
            sent: number;
        };
        BatchView: {
            /** Format: date-time */
            acknowledgedAt: string | null;
            attempts: number;
            /** Format: date-time */
            capturedAt: string;
            /** Format: date-time */
            createdAt: string;
            deviceSerial: string;
            /** Format: uuid */
            id: string;
            lastError: string | null;
            rejectedReason: string | null;
            residentsCount: number;
            sha256: string;
            sizeBytes: number;
            /** @enum {string} */
            status: "received" | "sent" | "acknowledged" | "rejected";
            /** Format: uuid */
            stopId: string;
            /** Format: uuid */
            tourId: string;
            uploadedBy: string;
        };
        BookedDay: {
            /** Format: date */
            date: string;
            /** Format: uuid */
            stopId: string;
            /** Format: uuid */
            tourId: string;
            tourName: string;
            villageName: string;
        };
        CalendarDayView: {
            /** Format: date */
            date: string;
            /** @description Working hours (local) of a working day; null on a day off */
            hours: components["schemas"]["WorkingHoursView"] | null;
            /** @description Why the day is off; empty on a working day */
            reasons: components["schemas"]["DayOffReasonView"][];
            working: boolean;
        };
        CancelDto: {
            reason: string;
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        CoverageDay: {
            /** Format: date */
            date: string;
            notYetRecorded: number;
            recordedByTours: number;
        };
        CoverageFigures: {
            /** @description recorded / requiredTotal in %, one decimal */
            coveragePercent: number | null;
            /** @description Not yet recorded: imported counts less what tours recorded since (never below 0 per village) */
            notYetRecorded: number;
            /** @description requiredTotal less what is not yet recorded in those villages */
            recorded: number | null;
            recordedByToursSinceImport: number;
            /** @description Residents required to hold an e-KTP, over the counted villages that gave a required total; null when none did */
            requiredTotal: number | null;
            /** @description Villages whose counts were imported */
            villagesCounted: number;
            /** @description Villages (desa/kelurahan) in the area */
            villagesTotal: number;
        };
        CoverageView: {
            coveragePercent: number | null;
            /** @description With ?district=: that kecamatan and its villages */
            district?: components["schemas"]["DistrictCoverageDetail"];
            /** @description Every kecamatan of the regency, most not yet recorded first */
            districts: components["schemas"]["DistrictCoverage"][];
            notYetRecorded: number;
            /** Format: uuid */
            officeId: string;
            officeName: string;
            recorded: number | null;
            recordedByToursSinceImport: number;
            requiredTotal: number | null;
            /** @description Day by day, the last 90 days at most */
            trend: components["schemas"]["CoverageDay"][];
            villagesCounted: number;
        };
        CreateApiKeyDto: {
            /** @example SIAK sync kecamatan Pujut */
            name: string;
            officeId: string;
            /** @enum {string} */
            role: "operator" | "manager" | "supervisor";
        };
        CreateDeviceDto: {
            /** @enum {string} */
            kind: "pc" | "fingerprint-scanner" | "iris-scanner" | "camera" | "signature-pad" | "card-reader" | "card-printer";
            model?: string;
            /**
             * @description central: provided by the ministry; regional: bought by the regency
             * @enum {string}
             */
            owner: "central" | "regional";
            /** @example FP-2019-000123 */
            serialNumber: string;
            servicePointId: string;
        };
        CreateEscalationDto: {
            attachments?: string[];
            /** @description Default: generated from the cases, in Bahasa Indonesia */
            body?: string;
            /** @description Default: the office setting, or the Dirjen Dukcapil */
            recipient?: string;
            /** @description The repair cases the letter is about (one office) */
            repairCaseIds: string[];
            /** @description Default: generated from the cases */
            subject?: string;
        };
        CreateOfficeDto: {
            address?: string;
            email?: string;
            /** @example Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sintang */
            name: string;
            phone?: string;
            /**
             * @description Kemendagri code of the regency or city the office serves
             * @example 61.05
             */
            regencyCode: string;
            /**
             * @description The office's time zone (WIB Asia/Jakarta, WITA Asia/Makassar, WIT Asia/Jayapura); by default its province's. Only an admin changes it.
             * @enum {string}
             */
            timeZone?: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
        };
        CreateOutageDto: {
            /** @example Koneksi ke pusat data terputus sejak pagi */
            description: string;
            /** @enum {string} */
            kind: "network" | "central-system" | "server" | "server-blocked" | "power" | "card-stock";
            officeId: string;
            /** @description The service points it stops; absent: the whole office */
            servicePointIds?: string[];
            /**
             * @description When the failure began (not in the future)
             * @example 2026-11-20T08:00:00+07:00
             */
            startedAt: string;
        };
        CreateServicePointDto: {
            /** @description Street address as residents find it; null clears it */
            address?: string | null;
            /**
             * @description Kecamatan (district) code; must lie in the office regency
             * @example 61.05.14
             */
            districtCode: string;
            /** @enum {string} */
            kind: "office-hq" | "kecamatan-office" | "mpp-desk" | "mobile-unit";
            /**
             * @description Degrees north (negative: south), within Indonesia (-11.5 to 6.5); together with longitude; null clears both
             * @example 0.0747
             */
            latitude?: number | null;
            /**
             * @description Degrees east, within Indonesia (94.5 to 141.5); together with latitude; null clears both
             * @example 111.4969
             */
            longitude?: number | null;
            /** @example Kantor Kecamatan Serawai */
            name: string;
            officeId: string;
            /** @description Opening hours per weekday in the office's local time (a day may have up to three openings; a day not listed is closed); null clears them */
            openingHours?: components["schemas"]["OpeningHoursDto"][] | null;
        };
        CreateTourDto: {
            /** @description The kit's devices; default: every working device of the mobile service point */
            kitDeviceIds?: string[];
            /** @description The mobile service point (mobile-unit) whose recording kit goes on tour */
            kitServicePointId: string;
            /** @example Jemput bola Kecamatan Pujut, Desember */
            name: string;
            officeId: string;
            stops: components["schemas"]["TourStopDto"][];
            /** @description Users of the office who go on the tour */
            teamUserIds: string[];
        };
        CreateUserDto: {
            /** @example Ani Lestari */
            displayName: string;
            /**
             * Format: email
             * @description Where notifications are e-mailed (each person chooses per kind); none: in the app only
             * @example ani.lestari@dukcapil.sintangkab.go.id
             */
            email?: string;
            /** @description Nomor Induk Pegawai (18 digits) */
            nip?: string;
            /** @description Required for operators and managers */
            officeId?: string;
            password: string;
            /**
             * @description Jabatan; letters approved by someone other than the Kepala Dinas are signed "a.n. Kepala Dinas"
             * @example Sekretaris Dinas
             */
            position?: string;
            /** @description A supervisor reads over this province; empty for the whole country */
            provinceCode?: string;
            /** @enum {string} */
            role: "operator" | "manager" | "supervisor" | "admin";
            /**
             * @description Lower-case; permanent (it is the actor name in histories)
             * @example operator.ani
             */
            username: string;
        };
        CreateWebhookDto: {
            /**
             * @description Admin only: allow an http:// URL
             * @default false
             */
            allowHttp: boolean;
            /**
             * @description Admin only: allow loopback, link-local and private addresses (a receiver inside the office network)
             * @default false
             */
            allowPrivateTargets: boolean;
            /**
             * @default
             * @example Gateway WhatsApp kabupaten
             */
            description: string;
            /**
             * @description `*` alone: every event type
             * @example [
             *       "repair.opened",
             *       "outage.opened"
             *     ]
             */
            eventTypes: ("*" | "repair.opened" | "repair.overdue" | "repair.closed" | "repair.cancelled" | "escalation.awaiting-approval" | "escalation.approved" | "escalation.rejected" | "letter.dispatched" | "escalation.answered" | "outage.opened" | "outage.resolved" | "outage.closed" | "tour.approved" | "tour.stop.checked-in" | "tour.completed" | "batch.acknowledged" | "batch.rejected")[];
            /**
             * Format: uuid
             * @description The office whose events the endpoint receives. A manager: their own office (required). An admin: any office, or none for every office
             */
            officeId?: string;
            /**
             * @description https:// (http:// only where an admin allowed it); never a loopback, link-local or private address unless an admin allowed private targets
             * @example https://wa-gateway.sintangkab.go.id/hooks/ektp
             */
            url: string;
        };
        DashboardLetterCounts: {
            /** @description Letters drafted and waiting for a manager’s decision */
            awaitingApproval: number;
            /** @description Letters sent and waiting for the ministry’s reply */
            awaitingReply: number;
        };
        DashboardOutageCounts: {
            /** @description Cards the outages left unprinted and not yet printed */
            backlog: number;
            /** @description Outages not yet resolved */
            open: number;
            /** @description Resolved outages still printing down the cards they left unprinted */
            recovering: number;
        };
        DashboardRepairCounts: {
            /** @description Open cases an escalation letter still open is about */
            escalated: number;
            /** @description Repair cases not closed or cancelled */
            open: number;
            /** @description Open cases past the deadline of their current step */
            stalled: number;
        };
        DashboardView: {
            letters: components["schemas"]["DashboardLetterCounts"];
            /** @description Perlu tindakan Anda */
            needsYou: components["schemas"]["NeedsYou"];
            /** Format: uuid */
            officeId: string;
            outages: components["schemas"]["DashboardOutageCounts"];
            repairs: components["schemas"]["DashboardRepairCounts"];
        };
        DayOffDto: {
            /**
             * @description What the day is (shown in the calendar)
             * @example Cuti bersama Idul Fitri
             */
            name: string;
        };
        DayOffReasonView: {
            /**
             * @description weekend: not one of the working weekdays; national-holiday: a public holiday; cuti-bersama: a national day an admin added; office-day-off: the office’s own
             * @enum {string}
             */
            kind: "weekend" | "national-holiday" | "cuti-bersama" | "office-day-off";
            /** @description The holiday’s or day’s name (not for a weekend) */
            name?: string;
        };
        DeviceOutOfService: {
            /** @description Whole days since then, in the office’s zone */
            days: number;
            /** Format: uuid */
            deviceId: string;
            /** @enum {string} */
            kind: "pc" | "fingerprint-scanner" | "iris-scanner" | "camera" | "signature-pad" | "card-reader" | "card-printer";
            /**
             * Format: uuid
             * @description Its open repair case
             */
            repairCaseId: string | null;
            serialNumber: string;
            /** Format: uuid */
            servicePointId: string;
            servicePointName: string;
            /**
             * Format: date-time
             * @description Since when: its open repair case was reported (else its last change)
             */
            since: string;
            /** @enum {string} */
            status: "active" | "broken" | "in-repair" | "retired";
        };
        DeviceView: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "pc" | "fingerprint-scanner" | "iris-scanner" | "camera" | "signature-pad" | "card-reader" | "card-printer";
            model: string | null;
            /** Format: uuid */
            officeId: string;
            /** @enum {string} */
            owner: "central" | "regional";
            serialNumber: string;
            /** Format: uuid */
            servicePointId: string;
            /** @enum {string} */
            status: "active" | "broken" | "in-repair" | "retired";
            /** Format: date-time */
            updatedAt: string;
        };
        DistrictBehind: {
            /** @example 52.02.01 */
            code: string;
            /** @description recorded / requiredTotal in %, one decimal */
            coveragePercent: number | null;
            name: string;
            /** @description Not yet recorded: imported counts less what tours recorded since (never below 0 per village) */
            notYetRecorded: number;
            /** @description requiredTotal less what is not yet recorded in those villages */
            recorded: number | null;
            recordedByToursSinceImport: number;
            /** @example 52.02 */
            regencyCode: string;
            /** @description Residents required to hold an e-KTP, over the counted villages that gave a required total; null when none did */
            requiredTotal: number | null;
            /** @description Villages whose counts were imported */
            villagesCounted: number;
            /** @description Villages (desa/kelurahan) in the area */
            villagesTotal: number;
        };
        DistrictCoverage: {
            /** @example 52.02.01 */
            code: string;
            /** @description recorded / requiredTotal in %, one decimal */
            coveragePercent: number | null;
            name: string;
            /** @description Not yet recorded: imported counts less what tours recorded since (never below 0 per village) */
            notYetRecorded: number;
            /** @description requiredTotal less what is not yet recorded in those villages */
            recorded: number | null;
            recordedByToursSinceImport: number;
            /** @description Residents required to hold an e-KTP, over the counted villages that gave a required total; null when none did */
            requiredTotal: number | null;
            /** @description Villages whose counts were imported */
            villagesCounted: number;
            /** @description Villages (desa/kelurahan) in the area */
            villagesTotal: number;
        };
        DistrictCoverageDetail: {
            /** @example 52.02.01 */
            code: string;
            /** @description recorded / requiredTotal in %, one decimal */
            coveragePercent: number | null;
            name: string;
            /** @description Not yet recorded: imported counts less what tours recorded since (never below 0 per village) */
            notYetRecorded: number;
            /** @description requiredTotal less what is not yet recorded in those villages */
            recorded: number | null;
            recordedByToursSinceImport: number;
            /** @description Residents required to hold an e-KTP, over the counted villages that gave a required total; null when none did */
            requiredTotal: number | null;
            villages: components["schemas"]["VillageCoverage"][];
            /** @description Villages whose counts were imported */
            villagesCounted: number;
            /** @description Villages (desa/kelurahan) in the area */
            villagesTotal: number;
        };
        DistrictDown: {
            /** @example 61.05.09 */
            code: string;
            /** @description Whole days since then, in the office’s zone */
            days: number | null;
            name: string;
            /** Format: uuid */
            officeId: string;
            officeName: string;
            /** @example 61.05 */
            regencyCode: string;
            /** @description Its fixed service points, none of which can record */
            servicePoints: number;
            /**
             * Format: date-time
             * @description Since when none can: when the last of them stopped
             */
            since: string | null;
            /** @enum {string} */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
        };
        DistrictView: {
            /** @example 61.05.09 */
            code: string;
            name: string;
            /** @example 61.05 */
            regencyCode: string;
        };
        DownDay: {
            /**
             * Format: date
             * @description A day in the offices’ zone
             */
            date: string;
            servicePointsDown: number;
        };
        EditEscalationDto: {
            attachments?: string[];
            /** @description Default: generated from the cases, in Bahasa Indonesia */
            body?: string;
            /** @description Default: the office setting, or the Dirjen Dukcapil */
            recipient?: string;
            /** @description Default: generated from the cases */
            subject?: string;
        };
        /**
         * @description Stable for clients
         * @enum {string}
         */
        ErrorCode: "authentication_required" | "invalid_credentials" | "invalid_token" | "not_a_session" | "not_a_user" | "csrf_failed" | "forbidden" | "four_eyes" | "no_access_rule" | "person_required" | "too_many_attempts" | "too_many_requests" | "validation_failed" | "invalid_input" | "invalid_csv" | "entity_too_large" | "entity_parse_failed" | "entity_verify_failed" | "payload_too_large" | "not_found" | "invalid_transition" | "case_finished" | "already_started" | "kit_busy" | "tour_held_by_outage" | "repair_already_open" | "device_in_repair" | "device_retired" | "device_has_history" | "serial_exists" | "service_point_exists" | "service_point_in_use" | "office_exists" | "office_in_use" | "username_taken" | "escalation_open" | "outage_open" | "duplicate_packet" | "webhook_target_refused" | "idempotency_key_reused" | "request_in_progress" | "request_already_applied" | "workflow_start_refused" | "database_unavailable" | "temporal_unavailable" | "dependency_timeout" | "internal_error" | "http_error";
        ErrorResponseDto: {
            /**
             * @description Stable for clients
             * @example validation_failed
             */
            code: components["schemas"]["ErrorCode"];
            /** @description validation_failed: every failing field and rule (FieldErrorDto); invalid_csv: every refused line (LineErrorDto) */
            errors?: (components["schemas"]["FieldErrorDto"] | components["schemas"]["LineErrorDto"])[];
            /** @description invalid_input and kit_busy: the field the refusal is about */
            field?: string;
            /** @description For people (English) */
            message: string;
            /** @description 429 and 503: seconds to wait (also the Retry-After header) */
            retryAfterSeconds?: number;
            /** @example 400 */
            statusCode: number;
        } & {
            [key: string]: unknown;
        };
        EscalationActionResult: {
            /** @description Everyone who drafted or edited this round's letter: none of them may approve it */
            drafters: string[];
            /** Format: uuid */
            escalationId: string;
            /** Format: uuid */
            id: string;
            letterNumber?: string;
            lettersSent: number;
            /** Format: uuid */
            officeId: string;
            remindersSent: number;
            round: number;
            /** @description Sequence number of the last event */
            seq: number;
            /** @description Every repair case and outage it is about is closed or resolved: no further follow-up */
            solved?: boolean;
            /** @enum {string} */
            status: "drafted" | "changes-requested" | "approved" | "awaiting-reply" | "closed" | "rejected" | "withdrawn";
            /** @description Bumped by every transition */
            version: number;
        };
        EscalationDetail: {
            /** @description What the caller may do next with this object in its state (action names) */
            allowedActions: string[];
            attachments: string[];
            body: string;
            /** Format: date-time */
            createdAt: string;
            draftedBy: string;
            /** @description Who drafted or edited this round (they do not decide on it) */
            drafters: string[];
            /** Format: uuid */
            id: string;
            lastComment: string | null;
            lastSeq: number;
            letters: components["schemas"]["EscalationLetterView"][];
            /** Format: uuid */
            officeId: string;
            recipient: string;
            repairCaseIds: string[];
            /** Format: date-time */
            replyReceivedAt: string | null;
            replyReference: string | null;
            replySummary: string | null;
            /** @description 1 for the first letter, one more for each follow-up letter */
            round: number;
            /**
             * Format: date-time
             * @description When every repair case and outage it is about was found closed or resolved: no further follow-up; it waits for the reply or a withdrawal
             */
            solvedAt: string | null;
            /** @enum {string} */
            source: "manual" | "repair-stalled" | "outage";
            /** @enum {string} */
            status: "drafted" | "changes-requested" | "approved" | "awaiting-reply" | "closed" | "rejected" | "withdrawn";
            subject: string;
            timeline: components["schemas"]["TimelineEntryView"][];
            /** Format: date-time */
            updatedAt: string;
            /** @description Why a manager withdrew it (status withdrawn) */
            withdrawalReason: string | null;
            workflowId: string;
        };
        EscalationEventData: {
            /** @description Username, apikey:<prefix>, or system */
            actor: string;
            /** @description The timeline entry’s details (letter number, stop, batch…) */
            details: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            escalationId: string;
            /**
             * @description The timeline event behind it
             * @example reported
             */
            event: string;
            note: string | null;
            previousStatus: string | null;
            /** @description The status after the happening */
            status: string;
            /** @description The workflow the happening belongs to */
            workflowId: string;
        };
        EscalationLetterView: {
            /** Format: date-time */
            approvedAt: string;
            approvedBy: string;
            dispatchAttempts: number;
            /** Format: date-time */
            dispatchedAt: string | null;
            dispatchedTo: string | null;
            dispatchMessageId: string | null;
            /** Format: uuid */
            escalationId: string;
            /** Format: date */
            letterDate: string;
            /** @example 470/12/Dukcapil/2026 */
            number: string;
            /** Format: uuid */
            officeId: string;
            pdfSha256: string | null;
            round: number;
            seq: number;
            subject: string;
            year: number;
        };
        EscalationView: {
            /** @description What the caller may do next with this object in its state (action names) */
            allowedActions: string[];
            attachments: string[];
            body: string;
            /** Format: date-time */
            createdAt: string;
            draftedBy: string;
            /** @description Who drafted or edited this round (they do not decide on it) */
            drafters: string[];
            /** Format: uuid */
            id: string;
            lastComment: string | null;
            lastSeq: number;
            /** Format: uuid */
            officeId: string;
            recipient: string;
            /** Format: date-time */
            replyReceivedAt: string | null;
            replyReference: string | null;
            replySummary: string | null;
            /** @description 1 for the first letter, one more for each follow-up letter */
            round: number;
            /**
             * Format: date-time
             * @description When every repair case and outage it is about was found closed or resolved: no further follow-up; it waits for the reply or a withdrawal
             */
            solvedAt: string | null;
            /** @enum {string} */
            source: "manual" | "repair-stalled" | "outage";
            /** @enum {string} */
            status: "drafted" | "changes-requested" | "approved" | "awaiting-reply" | "closed" | "rejected" | "withdrawn";
            subject: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Why a manager withdrew it (status withdrawn) */
            withdrawalReason: string | null;
            workflowId: string;
        };
        FieldErrorDto: {
            /**
             * @description The field, dotted for nested fields (stops.0.date)
             * @example deviceId
             */
            field: string;
            /**
             * @example [
             *       "deviceId must be a UUID"
             *     ]
             */
            messages: string[];
            /**
             * @description The rules the value broke
             * @example [
             *       "isUuid"
             *     ]
             */
            rules: string[];
        };
        HealthView: {
            /** @enum {string} */
            status: "up" | "down";
        };
        HolidayView: {
            /** Format: date */
            date: string;
            /**
             * @description national-holiday: a public holiday; cuti-bersama: a national day an admin added; office-day-off: the office’s own
             * @enum {string}
             */
            kind: "national-holiday" | "cuti-bersama" | "office-day-off";
            /** @description In Indonesian where the holiday library has it; as an admin or the office named the others */
            name: string;
        };
        KitFailureDto: {
            /** @example Kamera tidak terdeteksi setelah hujan */
            description: string;
            /** @description The kit device that broke */
            deviceId: string;
        };
        LetterAwaitingReply: {
            /** @description Whole days waiting, in the office’s zone */
            daysWaiting: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            officeId: string;
            officeName: string;
            /** @example 52.02 */
            regencyCode: string;
            /** @description Letters sent so far (the first and its follow-ups) */
            round: number;
            /** @description Every letter sent, the first first */
            rounds: components["schemas"]["LetterRound"][];
            /**
             * Format: date-time
             * @description What it is about was found solved; it still waits for the reply
             */
            solvedAt: string | null;
            subject: string;
            /** @enum {string} */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            /**
             * Format: date-time
             * @description Since when it waits: its first letter was sent (or approved, when sent by hand)
             */
            waitingSince: string;
        };
        LetterRound: {
            /**
             * Format: date
             * @description The date on the letter (the office’s day)
             */
            letterDate: string;
            /** @example 470/12/Dukcapil/2026 */
            number: string;
            /** @description 1 for the first letter, then one more per follow-up */
            round: number;
            /**
             * Format: date-time
             * @description When it was e-mailed; null when it went by hand (no SMTP)
             */
            sentAt: string | null;
        };
        LineErrorDto: {
            /** @description The column: the field's position in the header (1 is the first), or, for a character the input rules refuse, its position in the line */
            column?: number;
            /** @example unrecorded */
            field: string;
            /** @example 3 */
            line: number;
            message: string;
        };
        LoginDto: {
            password: string;
            /** @example operator.ani */
            username: string;
        };
        LoginResponse: {
            /** Format: date-time */
            expiresAt: string;
            /** @description The bearer token */
            token: string;
            /** @enum {string} */
            tokenType: "Bearer";
            user: components["schemas"]["LoginUser"];
        };
        LoginUser: {
            displayName: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            officeId: string | null;
            provinceCode: string | null;
            /** @enum {string} */
            role: "operator" | "manager" | "supervisor" | "admin";
            username: string;
        };
        MarkedRead: {
            /** @description Messages marked read */
            marked: number;
        };
        MeView: {
            displayName: string;
            /**
             * Format: email
             * @description Where your notifications are e-mailed; null: in the app only (always null for an API key)
             */
            email: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "user" | "api-key";
            /** Format: uuid */
            officeId: string | null;
            provinceCode: string | null;
            /** @enum {string} */
            role: "operator" | "manager" | "supervisor" | "admin";
            /**
             * @description The zone the caller's days and hours are read in: their office's (WIB for national roles)
             * @enum {string}
             */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            /** @description Username, or apikey:<prefix> */
            username: string;
        };
        NationalCoverageView: {
            provinces: components["schemas"]["ProvinceCoverage"][];
            totals: components["schemas"]["RollupFigures"];
        };
        NationalDayOffView: {
            /** Format: date */
            date: string;
            name: string;
        };
        NationalOversightView: {
            /** Format: date-time */
            asOf: string;
            provinces: components["schemas"]["ProvinceOversight"][];
            totals: components["schemas"]["OversightFigures"];
        };
        NeedsYou: {
            items: components["schemas"]["NeedsYouItem"][];
            /** @description At most this many items, the most recently changed first */
            limit: number;
            /** @description Everything the caller may act on now, over all kinds */
            total: number;
        };
        NeedsYouItem: {
            /** @description What the caller may do now: the allowedActions of the object’s own read (a tour’s stop of today: that stop’s allowedActions) */
            allowedActions: ("triage" | "request-repair" | "mark-repaired" | "verify" | "cancel" | "edit" | "approve" | "reject" | "request-changes" | "reply" | "withdraw" | "resolve" | "print-progress" | "overtime" | "kit-failure" | "check-in" | "complete" | "skip" | "reschedule" | "upload-batch")[];
            /**
             * Format: date-time
             * @description A case: the deadline of its current step
             */
            deadlineAt: string | null;
            /** @description A case: its device’s serial number; a letter: its latest letter number; a tour’s stop of today: its village */
            detail: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description repair: /repairs/{id}; escalation: /escalations/{id}; outage: /outages/{id}; tour: /tours/{id}
             * @enum {string}
             */
            kind: "repair" | "escalation" | "outage" | "tour";
            /** @enum {string} */
            status: "reported" | "triaged" | "awaiting-repair" | "repaired" | "closed" | "cancelled" | "drafted" | "changes-requested" | "approved" | "awaiting-reply" | "rejected" | "withdrawn" | "open" | "recovering" | "planned" | "in-progress" | "completed";
            /** @description The case’s description, the letter’s subject, the outage’s description, the tour’s name */
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        NotificationView: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            dedupKey: string;
            /** Format: uuid */
            id: string;
            /** @example reminder */
            kind: string;
            /**
             * Format: uuid
             * @description Null only on a weekly digest of a province or of the country
             */
            officeId: string | null;
            read: boolean;
            /** Format: date-time */
            readAt: string | null;
            /**
             * @description The role it was sent to in the office
             * @enum {string}
             */
            recipientRole: "operator" | "manager" | "supervisor" | "admin";
            /** Format: uuid */
            recipientUserId: string | null;
            /** Format: uuid */
            subjectId: string;
            /**
             * @description repair, escalation, outage, tour; digest (an office's daily digest: its page is Beranda) or area-digest (a weekly one: Pengawasan)
             * @example repair
             */
            subjectType: string;
            title: string;
        };
        OfficeCalendarView: {
            days: components["schemas"]["CalendarDayView"][];
            /** Format: date */
            from: string;
            /** Format: uuid */
            officeId: string;
            /**
             * @description The office's zone: every day and hour here is the office's own
             * @enum {string}
             */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            /** Format: date */
            to: string;
            workingWeek: components["schemas"]["WorkingWeekView"];
        };
        OfficeDayOffView: {
            /** Format: date */
            date: string;
            name: string;
            /** Format: uuid */
            officeId: string;
        };
        OfficeView: {
            address: string | null;
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            /** Format: uuid */
            id: string;
            letterCity: string | null;
            /** @example 470/<seq>/Dukcapil/<year> */
            letterNumberPattern: string;
            ministryEmail: string | null;
            ministryRecipient: string | null;
            name: string;
            phone: string | null;
            /** @example 61.05 */
            regencyCode: string;
            /**
             * @description The zone of the office's days and hours
             * @enum {string}
             */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            /** Format: date-time */
            updatedAt: string;
        };
        OpeningHoursDto: {
            /**
             * @description Closes, HH:MM (00:01–24:00), after it opens
             * @example 15:00
             */
            close: string;
            /**
             * @example mon
             * @enum {string}
             */
            day: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
            /**
             * @description Opens, HH:MM (00:00–23:59), local time of the office
             * @example 08:00
             */
            open: string;
        };
        OpenRepairDto: {
            /** @example Pemindai sidik jari tidak terdeteksi oleh PC sejak pagi */
            description: string;
            deviceId: string;
        };
        OutageActionResult: {
            backlogRemaining?: number;
            /** Format: uuid */
            escalationId?: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            officeId: string;
            /** Format: uuid */
            outageId: string;
            remindersSent: number;
            /** @description Sequence number of the last event */
            seq: number;
            /** @enum {string} */
            status: "open" | "recovering" | "closed";
            /** @description Bumped by every transition */
            version: number;
        };
        OutageDetail: {
            /** @description What the caller may do next with this object in its state (action names) */
            allowedActions: string[];
            /** @description Cards left unprinted when it was resolved */
            backlogInitial: number | null;
            backlogRemaining: number | null;
            /** @description Burn-down of the print backlog */
            burnDown: components["schemas"]["PrintProgressDay"][];
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Days down so far (or until resolved), one decimal */
            daysDown: number;
            /** @description Days from the resolution to the print that cleared the backlog */
            daysTaken: number | null;
            description: string;
            escalations: components["schemas"]["OutageEscalationSummary"][];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "network" | "central-system" | "server" | "server-blocked" | "power" | "card-stock";
            needsEscalation: boolean;
            /** Format: uuid */
            officeId: string;
            overtime: components["schemas"]["OvertimeDay"][];
            remindersSent: number;
            reportedBy: string;
            /** Format: date-time */
            resolvedAt: string | null;
            resolvedBy: string | null;
            servicePoints: components["schemas"]["ServicePointSummary"][];
            /** Format: date-time */
            startedAt: string;
            /** @enum {string} */
            status: "open" | "recovering" | "closed";
            stopsPrinting: boolean;
            stopsRecording: boolean;
            timeline: components["schemas"]["TimelineEntryView"][];
            /** @description Open tours whose kit this open outage stops from recording, held while it lasts */
            toursHeld: components["schemas"]["OutageHeldTour"][];
            /** Format: date-time */
            updatedAt: string;
            /** @description true: every service point of the office */
            wholeOffice: boolean;
            workflowId: string;
        };
        OutageEscalationSummary: {
            /** Format: uuid */
            id: string;
            round: number;
            /** @enum {string} */
            status: "drafted" | "changes-requested" | "approved" | "awaiting-reply" | "closed" | "rejected" | "withdrawn";
        };
        OutageEventData: {
            /** @description Username, apikey:<prefix>, or system */
            actor: string;
            /** @description The timeline entry’s details (letter number, stop, batch…) */
            details: {
                [key: string]: unknown;
            };
            /**
             * @description The timeline event behind it
             * @example reported
             */
            event: string;
            note: string | null;
            /** Format: uuid */
            outageId: string;
            previousStatus: string | null;
            /** @description The status after the happening */
            status: string;
            /** @description The workflow the happening belongs to */
            workflowId: string;
        };
        OutageHeldTour: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            kitServicePointId: string;
            name: string;
            /** @enum {string} */
            status: "planned" | "approved" | "in-progress" | "completed" | "cancelled" | "rejected";
        };
        OutageView: {
            /** @description What the caller may do next with this object in its state (action names) */
            allowedActions: string[];
            /** @description Cards left unprinted when it was resolved */
            backlogInitial: number | null;
            backlogRemaining: number | null;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Days down so far (or until resolved), one decimal */
            daysDown: number;
            description: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "network" | "central-system" | "server" | "server-blocked" | "power" | "card-stock";
            needsEscalation: boolean;
            /** Format: uuid */
            officeId: string;
            remindersSent: number;
            reportedBy: string;
            /** Format: date-time */
            resolvedAt: string | null;
            resolvedBy: string | null;
            /** Format: date-time */
            startedAt: string;
            /** @enum {string} */
            status: "open" | "recovering" | "closed";
            stopsPrinting: boolean;
            stopsRecording: boolean;
            /** Format: date-time */
            updatedAt: string;
            /** @description true: every service point of the office */
            wholeOffice: boolean;
            workflowId: string;
        };
        OversightFigures: {
            /** @description Cards left unprinted over the outages not closed */
            backlogRemaining: number;
            /** @description Devices broken or in repair */
            devicesOutOfService: number;
            /** @description Kecamatan where no fixed service point (mobile units aside) can record now */
            districtsDown: number;
            /** @description Letters to the ministry awaiting its reply */
            lettersAwaitingReply: number;
            /** @description Whole days since oldestDownSince, counted in the office’s own zone (0: since today) */
            oldestDownDays: number | null;
            /**
             * Format: date-time
             * @description Since when the longest-down of them cannot record
             */
            oldestDownSince: string | null;
            /** @description Outages still stopping work (status open) */
            openOutages: number;
            /** @description Repair cases not closed or cancelled */
            openRepairs: number;
            /** @description Outages resolved, their print backlog still being burned down */
            recoveringOutages: number;
            /** @description Service points (every kind) */
            servicePoints: number;
            /** @description Of those, service points that cannot record now */
            servicePointsDown: number;
            /** @description Of those, past their deadline (late), as Beranda counts them */
            stalledRepairs: number;
        };
        OvertimeDay: {
            /** Format: date */
            date: string;
            met: boolean;
            printed: number | null;
            target: number;
        };
        OvertimeDto: {
            /** @example 2026-11-29 */
            date: string;
            /** @description Cards the overtime day should print */
            target: number;
        };
        PageDto: {
            limit: number;
            page: number;
            /** @description Matching items in total, over all pages */
            total: number;
        };
        PasswordChanged: {
            /** Format: uuid */
            id: string;
            /** @description Other sessions ended by the change */
            sessionsEnded: number;
        };
        PlanningCalendarView: {
            /** @description Days the kit is already at a stop of a tour (stops skipped or cancelled give their day back) */
            bookedDays: components["schemas"]["BookedDay"][];
            /** Format: date */
            from: string;
            /** @description The office's days off besides weekends: public holidays, cuti bersama and its own, by date (a day can have more than one) */
            holidays: components["schemas"]["HolidayView"][];
            /** Format: uuid */
            officeId: string;
            /**
             * @description The office's zone: every day here is a day there
             * @enum {string}
             */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            /** Format: date */
            to: string;
            /**
             * Format: date
             * @description Today in the office's zone (a stop is planned today or later)
             */
            today: string;
        };
        PlanningTeamView: {
            /** Format: uuid */
            officeId: string;
            people: components["schemas"]["TourTeamMember"][];
        };
        PreferencesView: {
            /**
             * Format: email
             * @description Your address; while it is empty nothing is e-mailed
             */
            email: string | null;
            items: components["schemas"]["PreferenceView"][];
        };
        PreferenceView: {
            /**
             * @description How it reaches you now (email unless you chose otherwise)
             * @enum {string}
             */
            channel: "email" | "in-app" | "digest";
            /** @description The channels you may choose for it (the daily digest itself: e-mail only) */
            channels: ("email" | "in-app" | "digest")[];
            /**
             * @example repair-reminder
             * @enum {string}
             */
            kind: "repair-reminder" | "deadline-warning" | "escalation-reminder" | "escalation-reply-warning" | "escalation-decision" | "escalation-solved" | "outage-reminder" | "backlog-reminder" | "tour-reminder" | "tour-approved" | "tour-rejected" | "tour-kit-failure" | "tour-kit-repaired" | "tour-batch-rejected" | "tour-held-by-outage" | "tour-outage-resumed" | "tour-centre-down" | "tour-village-notice" | "tour-stop-overdue" | "digest";
            /**
             * @description What it is, in Bahasa Indonesia
             * @example Pengingat kasus perbaikan yang melewati batas waktu
             */
            label: string;
        };
        PrintProgressDay: {
            /** Format: date */
            date: string;
            printed: number;
            recordedBy: string;
            /** @description Backlog left after that day */
            remaining: number;
        };
        PrintProgressDto: {
            /**
             * @description The office's own day (WIB, WITA or WIT); sending a day again corrects its count
             * @example 2026-11-24
             */
            date: string;
            /** @description Cards of the backlog printed that day */
            printed: number;
        };
        ProvinceCoverage: {
            /** @example 52 */
            code: string;
            /** @description recorded / requiredTotal in %, one decimal */
            coveragePercent: number | null;
            name: string;
            /** @description Not yet recorded: imported counts less what tours recorded since (never below 0 per village) */
            notYetRecorded: number;
            /** @description Offices counted (the ones you may read) */
            offices: number;
            /** @description Of those, offices that imported counts */
            officesReporting: number;
            /** @description requiredTotal less what is not yet recorded in those villages */
            recorded: number | null;
            recordedByToursSinceImport: number;
            /** @description Regencies and cities in the area, with an office or not */
            regenciesTotal: number;
            /** @description Residents required to hold an e-KTP, over the counted villages that gave a required total; null when none did */
            requiredTotal: number | null;
            /** @description Villages whose counts were imported */
            villagesCounted: number;
            /** @description Villages (desa/kelurahan) in the area */
            villagesTotal: number;
        };
        ProvinceCoverageView: {
            province: components["schemas"]["RegionRef"];
            regencies: components["schemas"]["RegencyCoverage"][];
            totals: components["schemas"]["RollupFigures"];
        };
        ProvinceOversight: {
            /** @description Cards left unprinted over the outages not closed */
            backlogRemaining: number;
            /** @example 52 */
            code: string;
            coverage: components["schemas"]["CoverageFigures"];
            /** @description Devices broken or in repair */
            devicesOutOfService: number;
            /** @description Kecamatan where no fixed service point (mobile units aside) can record now */
            districtsDown: number;
            /** @description Letters to the ministry awaiting its reply */
            lettersAwaitingReply: number;
            name: string;
            /** @description Offices counted (the ones you may read) */
            offices: number;
            /** @description Whole days since oldestDownSince, counted in the office’s own zone (0: since today) */
            oldestDownDays: number | null;
            /**
             * Format: date-time
             * @description Since when the longest-down of them cannot record
             */
            oldestDownSince: string | null;
            /** @description Outages still stopping work (status open) */
            openOutages: number;
            /** @description Repair cases not closed or cancelled */
            openRepairs: number;
            /** @description Outages resolved, their print backlog still being burned down */
            recoveringOutages: number;
            /** @description Service points (every kind) */
            servicePoints: number;
            /** @description Of those, service points that cannot record now */
            servicePointsDown: number;
            /** @description Of those, past their deadline (late), as Beranda counts them */
            stalledRepairs: number;
        };
        ProvinceOversightView: {
            /**
             * Format: date-time
             * @description When the figures were read
             */
            asOf: string;
            coverage: components["schemas"]["CoverageFigures"];
            /** @description The 10 kecamatan furthest behind: most residents not yet recorded first, over the counted villages */
            districtsBehind: components["schemas"]["DistrictBehind"][];
            /** @description Kecamatan where no fixed service point can record, longest first */
            districtsDown: components["schemas"]["DistrictDown"][];
            province: components["schemas"]["RegionRef"];
            regencies: components["schemas"]["RegencyOversight"][];
            totals: components["schemas"]["OversightFigures"];
        };
        ProvinceSeriesView: {
            days: number;
            province: components["schemas"]["RegionRef"];
            /** @description Oldest day first, today last. Derived (no availability history is kept): a point counts on a day when at some time of it a repair case of a recording-set device of it was open and not yet repaired, an outage stopping recording covered it, or it cannot record now (since when it cannot) */
            servicePointsDown: components["schemas"]["DownDay"][];
            /** @description Per regency with an office */
            timeToRepair: components["schemas"]["RepairTime"][];
        };
        ProvinceView: {
            /** @example 61 */
            code: string;
            name: string;
        };
        PublicAvailabilityView: {
            /**
             * Format: date-time
             * @description When this answer was read from the database
             */
            asOf: string;
            canRecordSomewhere: boolean;
            /** @description The kecamatan code asked for, if any */
            district: string | null;
            /** @description The kecamatan's name, when one was asked for */
            districtName: string | null;
            regency: components["schemas"]["PublicRegency"];
            servicePoints: components["schemas"]["PublicServicePointView"][];
            /** @description true: the database is down and this is the last good answer (see asOf) */
            stale: boolean;
            /**
             * @description The office's IANA zone (WIB, WITA or WIT): opening hours are in it
             * @example Asia/Jakarta
             */
            timeZone: string;
        };
        PublicRegency: {
            /** @example 61.05 */
            code: string;
            name: string;
        };
        PublicServicePointView: {
            address: string | null;
            canPrint: boolean;
            canRecord: boolean;
            /**
             * @description Great-circle km from the resident (?lat=&lon=), 1 decimal; null without them or when the point has no coordinates
             * @example 3.2
             */
            distanceKm: number | null;
            districtCode: string;
            districtName: string;
            /** @enum {string} */
            kind: "office-hq" | "kecamatan-office" | "mpp-desk" | "mobile-unit";
            name: string;
            /** @description Per weekday (mon … sun), the office's local time; null: not entered */
            openingHours: components["schemas"]["OpeningHoursDto"][] | null;
            /** Format: date-time */
            printingDownSince: string | null;
            /** @description It has a card printer (not retired); false: it records only, cards are printed elsewhere */
            printsHere: boolean;
            /** Format: date-time */
            recordingDownSince: string | null;
            /** @description For one that cannot record: the nearest that can (by distance where known) */
            recordInstead: components["schemas"]["RecordInstead"][];
        };
        ReadinessChecks: {
            /**
             * @description Postgres answers
             * @enum {string}
             */
            database: "up" | "down";
            /**
             * @description Every migration of this build is applied (unknown while Postgres is down)
             * @enum {string}
             */
            migrations: "up" | "down" | "unknown";
            /**
             * @description The Temporal frontend answers
             * @enum {string}
             */
            temporal: "up" | "down";
        };
        ReadinessView: {
            /** @description Which dependency is down; the reason goes to the log only */
            checks: components["schemas"]["ReadinessChecks"];
            /** @enum {string} */
            status: "up" | "down";
        };
        ReasonDto: {
            reason: string;
        };
        RecordInstead: {
            address: string | null;
            /**
             * @description Great-circle km from the service point that cannot record (1 decimal); null when either has no coordinates
             * @example 12.4
             */
            distanceKm: number | null;
            districtName: string;
            name: string;
            /** @description Per weekday, the office's local time */
            openingHours: components["schemas"]["OpeningHoursDto"][] | null;
        };
        RegencyCoverage: {
            /** @example 52.02 */
            code: string;
            /** @description recorded / requiredTotal in %, one decimal */
            coveragePercent: number | null;
            name: string;
            /** @description Not yet recorded: imported counts less what tours recorded since (never below 0 per village) */
            notYetRecorded: number;
            /** Format: uuid */
            officeId: string;
            officeName: string;
            /** @description requiredTotal less what is not yet recorded in those villages */
            recorded: number | null;
            recordedByToursSinceImport: number;
            /** @description Residents required to hold an e-KTP, over the counted villages that gave a required total; null when none did */
            requiredTotal: number | null;
            /** @description Villages whose counts were imported */
            villagesCounted: number;
            /** @description Villages (desa/kelurahan) in the area */
            villagesTotal: number;
        };
        RegencyOversight: {
            /** @description Cards left unprinted over the outages not closed */
            backlogRemaining: number;
            /** @example 52.02 */
            code: string;
            /** @description Recording coverage (as GET /coverage/provinces/:code) */
            coverage: components["schemas"]["CoverageFigures"];
            /** @description Devices broken or in repair */
            devicesOutOfService: number;
            /** @description Kecamatan where no fixed service point (mobile units aside) can record now */
            districtsDown: number;
            /** @description Letters to the ministry awaiting its reply */
            lettersAwaitingReply: number;
            /** @description Devices out of service longest (at most `top`) */
            longestOutOfService: components["schemas"]["DeviceOutOfService"][];
            name: string;
            /** Format: uuid */
            officeId: string;
            officeName: string;
            /** @description Whole days since oldestDownSince, counted in the office’s own zone (0: since today) */
            oldestDownDays: number | null;
            /**
             * Format: date-time
             * @description Since when the longest-down of them cannot record
             */
            oldestDownSince: string | null;
            /** @description Outages still stopping work (status open) */
            openOutages: number;
            /** @description Repair cases not closed or cancelled */
            openRepairs: number;
            /** @description Outages resolved, their print backlog still being burned down */
            recoveringOutages: number;
            /** @description Service points (every kind) */
            servicePoints: number;
            /** @description Of those, service points that cannot record now */
            servicePointsDown: number;
            /** @description Of those, past their deadline (late), as Beranda counts them */
            stalledRepairs: number;
            /**
             * @description The office’s zone: its days and hours
             * @enum {string}
             */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            /**
             * Format: date
             * @description Today in the office’s zone
             */
            today: string;
        };
        RegencyView: {
            /** @example 61.05 */
            code: string;
            name: string;
            /** @example 61 */
            provinceCode: string;
        };
        RegionRef: {
            /** @example 52 */
            code: string;
            name: string;
        };
        RejectDto: {
            reason: string;
        };
        RepairActionResult: {
            /** @enum {string} */
            assessment?: "fix-on-site" | "needs-repair";
            /** Format: uuid */
            caseId: string;
            /**
             * Format: date-time
             * @description Deadline of the case's new step, as the office's business calendar planned it
             */
            deadlineAt?: string;
            /**
             * Format: uuid
             * @description The escalation the case was put into when it stalled
             */
            escalationId?: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the next reminder goes out, once the deadline has passed (in working hours where the office counts them)
             */
            nextReminderAt?: string;
            /** Format: uuid */
            officeId: string;
            remindersSent: number;
            /** @enum {string} */
            repairChannel?: "ministry" | "vendor";
            /** @description Who marked the device repaired; someone else must verify it */
            repairedBy?: string;
            /** @description Sequence number of the last event */
            seq: number;
            /** @enum {string} */
            status: "reported" | "triaged" | "awaiting-repair" | "repaired" | "closed" | "cancelled";
            /** @description Bumped by every transition */
            version: number;
        };
        RepairCaseDetail: {
            /** @description What the caller may do next with this object in its state (action names) */
            allowedActions: string[];
            /** @description Where residents can record while this service point cannot */
            alternatives: components["schemas"]["AlternativeServicePointView"][];
            /** @enum {string|null} */
            assessment: "fix-on-site" | "needs-repair" | null;
            /** Format: date-time */
            closedAt: string | null;
            /**
             * Format: date-time
             * @description Deadline of the current waiting step
             */
            deadlineAt: string | null;
            description: string;
            device: components["schemas"]["RepairDeviceSummary"];
            /** Format: uuid */
            deviceId: string;
            escalations: components["schemas"]["RepairEscalationSummary"][];
            /** Format: uuid */
            id: string;
            lastSeq: number;
            /** Format: uuid */
            officeId: string;
            /** Format: date-time */
            openedAt: string;
            remindersSent: number;
            /** @enum {string|null} */
            repairChannel: "ministry" | "vendor" | null;
            /** @description Who last marked the device repaired (they do not verify it) */
            repairedBy: string | null;
            reportedBy: string;
            servicePoint: components["schemas"]["ServicePointSummary"];
            /** Format: uuid */
            servicePointId: string;
            /** @description Open and past its current deadline */
            stalled: boolean;
            /** @enum {string} */
            status: "reported" | "triaged" | "awaiting-repair" | "repaired" | "closed" | "cancelled";
            timeline: components["schemas"]["TimelineEntryView"][];
            /** Format: date-time */
            updatedAt: string;
            /** @example repair-<id> */
            workflowId: string;
        };
        RepairCaseView: {
            /** @description What the caller may do next with this object in its state (action names) */
            allowedActions: string[];
            /** @enum {string|null} */
            assessment: "fix-on-site" | "needs-repair" | null;
            /** Format: date-time */
            closedAt: string | null;
            /**
             * Format: date-time
             * @description Deadline of the current waiting step
             */
            deadlineAt: string | null;
            description: string;
            /** Format: uuid */
            deviceId: string;
            /** Format: uuid */
            id: string;
            lastSeq: number;
            /** Format: uuid */
            officeId: string;
            /** Format: date-time */
            openedAt: string;
            remindersSent: number;
            /** @enum {string|null} */
            repairChannel: "ministry" | "vendor" | null;
            /** @description Who last marked the device repaired (they do not verify it) */
            repairedBy: string | null;
            reportedBy: string;
            /** Format: uuid */
            servicePointId: string;
            /** @description Open and past its current deadline */
            stalled: boolean;
            /** @enum {string} */
            status: "reported" | "triaged" | "awaiting-repair" | "repaired" | "closed" | "cancelled";
            /** Format: date-time */
            updatedAt: string;
            /** @example repair-<id> */
            workflowId: string;
        };
        RepairDeviceSummary: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "pc" | "fingerprint-scanner" | "iris-scanner" | "camera" | "signature-pad" | "card-reader" | "card-printer";
            /** @enum {string} */
            owner: "central" | "regional";
            serialNumber: string;
            /** @enum {string} */
            status: "active" | "broken" | "in-repair" | "retired";
        };
        RepairEscalationSummary: {
            /** Format: uuid */
            id: string;
            letterNumber: string | null;
            round: number;
            /** @enum {string} */
            status: "drafted" | "changes-requested" | "approved" | "awaiting-reply" | "closed" | "rejected" | "withdrawn";
        };
        RepairEventData: {
            /** @description Username, apikey:<prefix>, or system */
            actor: string;
            /** @description The timeline entry’s details (letter number, stop, batch…) */
            details: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            deviceId: string;
            /**
             * @description The timeline event behind it
             * @example reported
             */
            event: string;
            note: string | null;
            previousStatus: string | null;
            /** Format: uuid */
            repairId: string;
            /** Format: uuid */
            servicePointId: string;
            /** @description The status after the happening */
            status: string;
            /** @description The workflow the happening belongs to */
            workflowId: string;
        };
        RepairOverdueData: {
            deviceKind: string;
            deviceSerial: string;
            /** @description 1 for the first reminder, then 2, 3… */
            level: number;
            recipients: ("operator" | "manager")[];
            /** Format: uuid */
            repairId: string;
            servicePointName: string;
            /** @description The step that is overdue */
            status: string;
            workflowId: string;
        };
        RepairTime: {
            /** @description Repair cases closed in the window (cancelled ones aside) */
            closedCases: number;
            /** @example 52.02 */
            code: string;
            /** @description Median days from the report to the repair, one decimal; null without closed cases */
            medianDays: number | null;
            name: string;
            /** Format: uuid */
            officeId: string;
            officeName: string;
            /** @description 90th percentile of the same, one decimal */
            p90Days: number | null;
        };
        ReplyDto: {
            /**
             * Format: date-time
             * @description When the ministry’s answer arrived (ISO 8601)
             */
            receivedAt: string;
            /** @description The answer’s own number or reference */
            reference: string;
            summary: string;
        };
        ReportBatch: {
            /** Format: date-time */
            acknowledgedAt: string | null;
            attempts: number;
            /** Format: date-time */
            capturedAt: string;
            centralReceipt: string | null;
            deviceSerial: string;
            /** Format: uuid */
            id: string;
            lastError: string | null;
            rejectedReason: string | null;
            /** @description Rejected and flagged to be recorded again */
            reRecord: boolean;
            /** Format: uuid */
            reRecordAtStopId: string | null;
            residentsCount: number;
            sha256: string;
            sizeBytes: number;
            /** @enum {string} */
            status: "received" | "sent" | "acknowledged" | "rejected";
        };
        ReportTotals: {
            awaitingSync: number;
            /** @description Batches by status */
            batches: components["schemas"]["BatchCounts"];
            /** @description Acknowledged by the centre */
            recorded: number;
            rejected: number;
            target: number;
        };
        ReportTour: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            officeId: string;
            officeName: string;
            /** @enum {string} */
            status: "planned" | "approved" | "in-progress" | "completed" | "cancelled" | "rejected";
        };
        ReportVillage: {
            awaitingSync: number;
            batches: components["schemas"]["ReportBatch"][];
            /** Format: date */
            date: string;
            districtName: string;
            position: number;
            recorded: number;
            rejected: number;
            /** Format: uuid */
            stopId: string;
            /** @enum {string} */
            stopStatus: "planned" | "notified" | "checked-in" | "syncing" | "completed" | "skipped" | "cancelled";
            target: number;
            villageCode: string;
            villageName: string;
        };
        RequestChangesDto: {
            comment: string;
        };
        RequestRepairDto: {
            /**
             * @description Who repairs it: the ministry (central devices) or a vendor
             * @enum {string}
             */
            channel: "ministry" | "vendor";
            note?: string;
        };
        ReRecording: {
            /** Format: uuid */
            batchId: string;
            reason: string | null;
            residentsCount: number;
            villageCode: string;
        };
        RescheduleDto: {
            /** @example 2026-12-08 */
            date: string;
        };
        ResolveOutageDto: {
            /**
             * @description Cards recorded but not printed because of the outage (outages that stopped printing only)
             * @default 0
             */
            backlog: number;
            /** @description When the service came back (default: now) */
            resolvedAt?: string;
        };
        RollupFigures: {
            /** @description recorded / requiredTotal in %, one decimal */
            coveragePercent: number | null;
            /** @description Not yet recorded: imported counts less what tours recorded since (never below 0 per village) */
            notYetRecorded: number;
            /** @description Offices counted (the ones you may read) */
            offices: number;
            /** @description Of those, offices that imported counts */
            officesReporting: number;
            /** @description requiredTotal less what is not yet recorded in those villages */
            recorded: number | null;
            recordedByToursSinceImport: number;
            /** @description Regencies and cities in the area, with an office or not */
            regenciesTotal: number;
            /** @description Residents required to hold an e-KTP, over the counted villages that gave a required total; null when none did */
            requiredTotal: number | null;
            /** @description Villages whose counts were imported */
            villagesCounted: number;
            /** @description Villages (desa/kelurahan) in the area */
            villagesTotal: number;
        };
        ServicePointDetail: {
            address: string | null;
            /** @description While it cannot record: where residents can record instead, nearest first where coordinates are known (never a mobile unit) */
            alternatives?: components["schemas"]["AlternativeServicePointView"][];
            /** Format: date-time */
            availabilityChangedAt: string;
            canPrint: boolean;
            /** @description Derived from its devices and open outages */
            canRecord: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @example 61.05.09 */
            districtCode: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "office-hq" | "kecamatan-office" | "mpp-desk" | "mobile-unit";
            /** @description Degrees north; with longitude, or both null */
            latitude: number | null;
            /** @description Degrees east; with latitude, or both null */
            longitude: number | null;
            name: string;
            /** Format: uuid */
            officeId: string;
            /** @description Per weekday, the office's local time; null: not entered */
            openingHours: components["schemas"]["OpeningHoursDto"][] | null;
            /** Format: date-time */
            printDownSince: string | null;
            /** Format: date-time */
            recordDownSince: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        ServicePointImportLine: {
            /** Format: uuid */
            id: string;
            /** @description Line of the file (1 is the header) */
            line: number;
            name: string;
            /** @enum {string} */
            result: "created" | "updated" | "unchanged";
        };
        ServicePointImportResult: {
            created: number;
            /** Format: uuid */
            officeId: string;
            servicePoints: components["schemas"]["ServicePointImportLine"][];
            /** @description Rows that match the stored point already (a retried import changes nothing) */
            unchanged: number;
            updated: number;
        };
        ServicePointSummary: {
            canPrint: boolean;
            canRecord: boolean;
            districtCode: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "office-hq" | "kecamatan-office" | "mpp-desk" | "mobile-unit";
            name: string;
        };
        ServicePointView: {
            address: string | null;
            /** Format: date-time */
            availabilityChangedAt: string;
            canPrint: boolean;
            /** @description Derived from its devices and open outages */
            canRecord: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @example 61.05.09 */
            districtCode: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "office-hq" | "kecamatan-office" | "mpp-desk" | "mobile-unit";
            /** @description Degrees north; with longitude, or both null */
            latitude: number | null;
            /** @description Degrees east; with latitude, or both null */
            longitude: number | null;
            name: string;
            /** Format: uuid */
            officeId: string;
            /** @description Per weekday, the office's local time; null: not entered */
            openingHours: components["schemas"]["OpeningHoursDto"][] | null;
            /** Format: date-time */
            printDownSince: string | null;
            /** Format: date-time */
            recordDownSince: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        SetPreferenceDto: {
            /**
             * @description email: by e-mail as well as in the app; in-app: in the app only; digest: in the app, and in the daily digest instead of an e-mail each
             * @enum {string}
             */
            channel: "email" | "in-app" | "digest";
            /**
             * @description The kind of notification
             * @example repair-reminder
             * @enum {string}
             */
            kind: "repair-reminder" | "deadline-warning" | "escalation-reminder" | "escalation-reply-warning" | "escalation-decision" | "escalation-solved" | "outage-reminder" | "backlog-reminder" | "tour-reminder" | "tour-approved" | "tour-rejected" | "tour-kit-failure" | "tour-kit-repaired" | "tour-batch-rejected" | "tour-held-by-outage" | "tour-outage-resumed" | "tour-centre-down" | "tour-village-notice" | "tour-stop-overdue" | "digest";
        };
        SlaPolicyDefaults: {
            /** @enum {string} */
            approvalReminderClock: "elapsed" | "working";
            /** @example 86400 */
            approvalReminderSeconds: number;
            /** @example 259200 */
            approvalSupervisorAfterSeconds: number;
            /** @example 172800 */
            backlogStallSeconds: number;
            /** @example 2592000 */
            escalationThresholdSeconds: number;
            /** @example 259200 */
            outageEscalationSeconds: number;
            /** @enum {string} */
            reminderClock: "elapsed" | "working";
            /** @example 86400 */
            reminderIntervalSeconds: number;
            /** @enum {string} */
            repairClock: "elapsed" | "working";
            /** @example 1209600 */
            repairSeconds: number;
            repairWarnBeforeSeconds: number | null;
            repairWarnShare: number | null;
            /** @enum {string} */
            replyWaitClock: "elapsed" | "working";
            /** @example 1209600 */
            replyWaitSeconds: number;
            replyWaitWarnBeforeSeconds: number | null;
            replyWaitWarnShare: number | null;
            /** @enum {string} */
            tourKitFailurePolicy: "wait-for-repair" | "shift-days";
            /** @example 7 */
            tourKitShiftDays: number;
            /** @example 259200 */
            tourNoticeLeadSeconds: number;
            /** @enum {string} */
            tourOutagePolicy: "hold" | "proceed-offline";
            /** @enum {string} */
            triageClock: "elapsed" | "working";
            /** @example 86400 */
            triageSeconds: number;
            triageWarnBeforeSeconds: number | null;
            triageWarnShare: number | null;
            /** @enum {string} */
            verificationClock: "elapsed" | "working";
            /** @example 172800 */
            verificationSeconds: number;
            verificationWarnBeforeSeconds: number | null;
            verificationWarnShare: number | null;
        };
        SlaPolicyDto: {
            /**
             * @description Whether the reminders of a letter waiting for approval counts working time (the office's calendar; its seconds are working seconds: 28800 is one working day of 08:00–16:00) or elapsed time (default)
             * @enum {string}
             */
            approvalReminderClock?: "elapsed" | "working";
            /** @description Interval of reminders to the manager while a letter waits for approval (default 1 day) */
            approvalReminderSeconds?: number;
            /** @description After a letter has waited this long for approval, supervisors are reminded too (default 3 days) */
            approvalSupervisorAfterSeconds?: number;
            /** @description While a print backlog is burned down, no progress for this long reminds the office (default 2 days) */
            backlogStallSeconds?: number;
            /** @description A repair case not repaired this long after its report starts an escalation letter (default 30 days) */
            escalationThresholdSeconds?: number;
            /** @description An outage still open this long after it started drafts an escalation letter (default 3 days) */
            outageEscalationSeconds?: number;
            /**
             * @description Whether the interval between reminders counts working time (the office's calendar; its seconds are working seconds: 28800 is one working day of 08:00–16:00) or elapsed time (default)
             * @enum {string}
             */
            reminderClock?: "elapsed" | "working";
            /**
             * @description Interval between repeated reminders once a deadline has passed, in seconds
             * @example 86400
             */
            reminderIntervalSeconds: number;
            /**
             * @description Whether repair (from triage to repaired) counts working time (the office's calendar; its seconds are working seconds: 28800 is one working day of 08:00–16:00) or elapsed time (default)
             * @enum {string}
             */
            repairClock?: "elapsed" | "working";
            /**
             * @description Time allowed from triage to repair, in seconds
             * @example 1209600
             */
            repairSeconds: number;
            /**
             * @description Warn the assignees once this many seconds (of the step’s clock) before the repair deadline; null: no warning before
             * @example 3600
             */
            repairWarnBeforeSeconds?: number | null;
            /**
             * @description Warn the assignees once when this share of the repair step has passed (0 < share < 1); null: no warning at a share
             * @example 0.75
             */
            repairWarnShare?: number | null;
            /**
             * @description Whether the wait for the ministry's reply counts working time (the office's calendar; its seconds are working seconds: 28800 is one working day of 08:00–16:00) or elapsed time (default)
             * @enum {string}
             */
            replyWaitClock?: "elapsed" | "working";
            /** @description Without a reply this long after a letter is sent, a follow-up letter is drafted (default 14 days) */
            replyWaitSeconds?: number;
            /**
             * @description Warn the office's managers once this many seconds (of the wait's clock) before the follow-up letter is drafted; null: no warning before
             * @example 86400
             */
            replyWaitWarnBeforeSeconds?: number | null;
            /**
             * @description Warn the office's managers once when this share of the wait for the ministry's reply has passed (0 < share < 1); null: no warning at a share
             * @example 0.75
             */
            replyWaitWarnShare?: number | null;
            /**
             * @description When a tour's kit breaks: wait for the repair (default), or move the remaining stops by tourKitShiftDays
             * @enum {string}
             */
            tourKitFailurePolicy?: "wait-for-repair" | "shift-days";
            /** @description Days the remaining stops move when the kit breaks under shift-days (default 7) */
            tourKitShiftDays?: number;
            /** @description A village head is notified this long before a tour's stop (default 3 days) */
            tourNoticeLeadSeconds?: number;
            /**
             * @description While an open outage that stops recording covers a tour's kit: hold the tour (default; check-in and uploads refused, villages told of a postponement), or proceed-offline (kits record offline, batches wait for the centre)
             * @enum {string}
             */
            tourOutagePolicy?: "hold" | "proceed-offline";
            /**
             * @description Whether triage counts working time (the office's calendar; its seconds are working seconds: 28800 is one working day of 08:00–16:00) or elapsed time (default)
             * @enum {string}
             */
            triageClock?: "elapsed" | "working";
            /**
             * @description Time allowed to triage a reported breakdown, in seconds
             * @example 86400
             */
            triageSeconds: number;
            /**
             * @description Warn the assignees once this many seconds (of the step’s clock) before the triage deadline; null: no warning before
             * @example 3600
             */
            triageWarnBeforeSeconds?: number | null;
            /**
             * @description Warn the assignees once when this share of the triage step has passed (0 < share < 1); null: no warning at a share
             * @example 0.75
             */
            triageWarnShare?: number | null;
            /**
             * @description Whether verification counts working time (the office's calendar; its seconds are working seconds: 28800 is one working day of 08:00–16:00) or elapsed time (default)
             * @enum {string}
             */
            verificationClock?: "elapsed" | "working";
            /**
             * @description Time allowed to verify a repaired device, in seconds
             * @example 172800
             */
            verificationSeconds: number;
            /**
             * @description Warn the assignees once this many seconds (of the step’s clock) before the verification deadline; null: no warning before
             * @example 3600
             */
            verificationWarnBeforeSeconds?: number | null;
            /**
             * @description Warn the assignees once when this share of the verification step has passed (0 < share < 1); null: no warning at a share
             * @example 0.75
             */
            verificationWarnShare?: number | null;
        };
        SlaPolicyView: {
            /**
             * @description Whether the reminders of a letter waiting for approval counts working time (the office's calendar; its seconds are working seconds: 28800 is one working day of 08:00–16:00) or elapsed time (default)
             * @enum {string}
             */
            approvalReminderClock?: "elapsed" | "working";
            /** @description Interval of reminders to the manager while a letter waits for approval (default 1 day) */
            approvalReminderSeconds?: number;
            /** @description After a letter has waited this long for approval, supervisors are reminded too (default 3 days) */
            approvalSupervisorAfterSeconds?: number;
            /** @description While a print backlog is burned down, no progress for this long reminds the office (default 2 days) */
            backlogStallSeconds?: number;
            /** @description The default of every field (what an office without its own policy works by); a field equal to its default is not customised */
            defaults: components["schemas"]["SlaPolicyDefaults"];
            /** @description A repair case not repaired this long after its report starts an escalation letter (default 30 days) */
            escalationThresholdSeconds?: number;
            /** @description true: the office has no policy of its own; these are the defaults */
            isDefault: boolean;
            /** Format: uuid */
            officeId: string;
            /** @description An outage still open this long after it started drafts an escalation letter (default 3 days) */
            outageEscalationSeconds?: number;
            /**
             * @description Whether the interval between reminders counts working time (the office's calendar; its seconds are working seconds: 28800 is one working day of 08:00–16:00) or elapsed time (default)
             * @enum {string}
             */
            reminderClock?: "elapsed" | "working";
            /**
             * @description Interval between repeated reminders once a deadline has passed, in seconds
             * @example 86400
             */
            reminderIntervalSeconds: number;
            /**
             * @description Whether repair (from triage to repaired) counts working time (the office's calendar; its seconds are working seconds: 28800 is one working day of 08:00–16:00) or elapsed time (default)
             * @enum {string}
             */
            repairClock?: "elapsed" | "working";
            /**
             * @description Time allowed from triage to repair, in seconds
             * @example 1209600
             */
            repairSeconds: number;
            /**
             * @description Warn the assignees once this many seconds (of the step’s clock) before the repair deadline; null: no warning before
             * @example 3600
             */
            repairWarnBeforeSeconds?: number | null;
            /**
             * @description Warn the assignees once when this share of the repair step has passed (0 < share < 1); null: no warning at a share
             * @example 0.75
             */
            repairWarnShare?: number | null;
            /**
             * @description Whether the wait for the ministry's reply counts working time (the office's calendar; its seconds are working seconds: 28800 is one working day of 08:00–16:00) or elapsed time (default)
             * @enum {string}
             */
            replyWaitClock?: "elapsed" | "working";
            /** @description Without a reply this long after a letter is sent, a follow-up letter is drafted (default 14 days) */
            replyWaitSeconds?: number;
            /**
             * @description Warn the office's managers once this many seconds (of the wait's clock) before the follow-up letter is drafted; null: no warning before
             * @example 86400
             */
            replyWaitWarnBeforeSeconds?: number | null;
            /**
             * @description Warn the office's managers once when this share of the wait for the ministry's reply has passed (0 < share < 1); null: no warning at a share
             * @example 0.75
             */
            replyWaitWarnShare?: number | null;
            /**
             * @description When a tour's kit breaks: wait for the repair (default), or move the remaining stops by tourKitShiftDays
             * @enum {string}
             */
            tourKitFailurePolicy?: "wait-for-repair" | "shift-days";
            /** @description Days the remaining stops move when the kit breaks under shift-days (default 7) */
            tourKitShiftDays?: number;
            /** @description A village head is notified this long before a tour's stop (default 3 days) */
            tourNoticeLeadSeconds?: number;
            /**
             * @description While an open outage that stops recording covers a tour's kit: hold the tour (default; check-in and uploads refused, villages told of a postponement), or proceed-offline (kits record offline, batches wait for the centre)
             * @enum {string}
             */
            tourOutagePolicy?: "hold" | "proceed-offline";
            /**
             * @description Whether triage counts working time (the office's calendar; its seconds are working seconds: 28800 is one working day of 08:00–16:00) or elapsed time (default)
             * @enum {string}
             */
            triageClock?: "elapsed" | "working";
            /**
             * @description Time allowed to triage a reported breakdown, in seconds
             * @example 86400
             */
            triageSeconds: number;
            /**
             * @description Warn the assignees once this many seconds (of the step’s clock) before the triage deadline; null: no warning before
             * @example 3600
             */
            triageWarnBeforeSeconds?: number | null;
            /**
             * @description Warn the assignees once when this share of the triage step has passed (0 < share < 1); null: no warning at a share
             * @example 0.75
             */
            triageWarnShare?: number | null;
            /**
             * @description Whether verification counts working time (the office's calendar; its seconds are working seconds: 28800 is one working day of 08:00–16:00) or elapsed time (default)
             * @enum {string}
             */
            verificationClock?: "elapsed" | "working";
            /**
             * @description Time allowed to verify a repaired device, in seconds
             * @example 172800
             */
            verificationSeconds: number;
            /**
             * @description Warn the assignees once this many seconds (of the step’s clock) before the verification deadline; null: no warning before
             * @example 3600
             */
            verificationWarnBeforeSeconds?: number | null;
            /**
             * @description Warn the assignees once when this share of the verification step has passed (0 < share < 1); null: no warning at a share
             * @example 0.75
             */
            verificationWarnShare?: number | null;
        };
        StopStateView: {
            batches: string[];
            /** Format: date */
            date: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description The date the village head was last told about
             */
            noticedFor?: string;
            /** @enum {string} */
            status: "planned" | "notified" | "checked-in" | "syncing" | "completed" | "skipped" | "cancelled";
            /** @description Batches whose push to the centre is not yet answered */
            unsettled: string[];
        };
        TimelineEntryView: {
            /** @description Username, apikey:<prefix>, or system */
            actor: string;
            details: {
                [key: string]: unknown;
            };
            /** @example triaged */
            event: string;
            fromStatus: string | null;
            /** @description Only in repair case timelines */
            id?: string;
            note: string | null;
            /** Format: date-time */
            occurredAt: string;
            /** @description Only in repair case timelines */
            officeId?: string;
            seq: number;
            /** @description Only in repair case timelines */
            subjectId?: string;
            /** @description Only in repair case timelines */
            subjectType?: string;
            toStatus: string | null;
            /** @description Only in repair case timelines */
            workflowId?: string;
        };
        /**
         * @description What the caller may do to the tour now (POST /tours/{id}/<action>)
         * @enum {string}
         */
        TourAction: "approve" | "reject" | "cancel" | "kit-failure";
        TourActionResult: {
            /** Format: uuid */
            id: string;
            /** @description Repair cases of kit devices the tour waits for */
            kitCases: string[];
            /** @description Every repair case a kit failure of this tour opened or joined */
            kitRepairs: string[];
            /** Format: uuid */
            officeId: string;
            onHold: boolean;
            /** @description Open outages over the kit that hold the tour */
            outageHolds?: string[];
            /** @description Open outages the team was told of while the tour goes on offline */
            outagesNoted?: string[];
            remindersSent: number;
            /** @description Sequence number of the last event */
            seq: number;
            /** @enum {string} */
            status: "planned" | "approved" | "in-progress" | "completed" | "cancelled" | "rejected";
            stops: components["schemas"]["StopStateView"][];
            /** Format: uuid */
            tourId: string;
            /** @description Bumped by every transition */
            version: number;
        };
        TourDetail: {
            /** @description What the caller may do to the tour now (POST /tours/{id}/<action>) */
            allowedActions: components["schemas"]["TourAction"][];
            approvedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Open outages holding the tour (the office's tourOutagePolicy is hold): no check-in or upload until they are resolved */
            heldBy: components["schemas"]["TourOutageRef"][];
            /** Format: uuid */
            id: string;
            kit: components["schemas"]["TourKitDevice"][];
            /** Format: uuid */
            kitServicePointId: string;
            lastComment: string | null;
            name: string;
            /** Format: uuid */
            officeId: string;
            /** @description Waiting for its kit to be repaired */
            onHold: boolean;
            plannedBy: string;
            /** @description Open outages the tour goes on through offline (policy proceed-offline): its batches wait for the centre */
            recordingOffline: components["schemas"]["TourOutageRef"][];
            /** @enum {string} */
            status: "planned" | "approved" | "in-progress" | "completed" | "cancelled" | "rejected";
            stops: components["schemas"]["TourStopView"][];
            team: components["schemas"]["TourTeamMember"][];
            timeline: components["schemas"]["TimelineEntryView"][];
            /** Format: date-time */
            updatedAt: string;
            workflowId: string;
        };
        TourEventData: {
            /** @description Username, apikey:<prefix>, or system */
            actor: string;
            /** @description The timeline entry’s details (letter number, stop, batch…) */
            details: {
                [key: string]: unknown;
            };
            /**
             * @description The timeline event behind it
             * @example reported
             */
            event: string;
            note: string | null;
            previousStatus: string | null;
            /** @description The status after the happening */
            status: string;
            /** Format: uuid */
            tourId: string;
            /** @description The workflow the happening belongs to */
            workflowId: string;
        };
        TourKitDevice: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "pc" | "fingerprint-scanner" | "iris-scanner" | "camera" | "signature-pad" | "card-reader" | "card-printer";
            serialNumber: string;
            /** @enum {string} */
            status: "active" | "broken" | "in-repair" | "retired";
        };
        TourListItem: {
            approvedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            firstDate: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            kitServicePointId: string;
            lastComment: string | null;
            /** Format: date */
            lastDate: string | null;
            name: string;
            /** Format: uuid */
            officeId: string;
            /** @description Waiting for its kit to be repaired */
            onHold: boolean;
            plannedBy: string;
            /** @enum {string} */
            status: "planned" | "approved" | "in-progress" | "completed" | "cancelled" | "rejected";
            stopCount: number;
            /** Format: date-time */
            updatedAt: string;
            workflowId: string;
        };
        TourOutageRef: {
            description: string;
            /** @enum {string} */
            kind: "network" | "central-system" | "server" | "server-blocked" | "power" | "card-stock";
            /** Format: uuid */
            outageId: string;
            /** Format: date-time */
            startedAt: string;
            /** @description Over the whole office (else over the kit's service point) */
            wholeOffice: boolean;
        };
        TourReport: {
            /** @description Every batch acknowledged, or rejected and flagged for re-recording */
            allSynced: boolean;
            totals: components["schemas"]["ReportTotals"];
            tour: components["schemas"]["ReportTour"];
            villages: components["schemas"]["ReportVillage"][];
        };
        /**
         * @description What the caller may do at this stop now (POST /tours/{id}/stops/{stopId}/<action>; upload-batch: POST …/batches)
         * @enum {string}
         */
        TourStopAction: "check-in" | "complete" | "skip" | "reschedule" | "upload-batch";
        TourStopDto: {
            /** @description The village head's e-mail: the notice is e-mailed when SMTP is configured */
            contactEmail?: string;
            /** @description Name of the village head (kepala desa) to address the notice to */
            contactName?: string;
            /**
             * @description Day of the visit (the office's own day: WIB, WITA or WIT); today or later
             * @example 2026-12-01
             */
            date: string;
            /** @description Residents expected; default: the imported count of residents not yet recorded in the village */
            expectedResidents?: number;
            /**
             * @description Village (desa/kelurahan) code; must lie in the office regency
             * @example 52.02.01.2001
             */
            villageCode: string;
        };
        TourStopView: {
            /** @description What the caller may do at this stop now (POST /tours/{id}/stops/{stopId}/<action>; upload-batch: POST …/batches) */
            allowedActions: components["schemas"]["TourStopAction"][];
            batchCount: number;
            /** Format: date-time */
            checkedInAt: string | null;
            checkedInBy: string | null;
            contactEmail: string | null;
            contactName: string | null;
            /** Format: date */
            date: string;
            districtName: string;
            expectedResidents: number;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date */
            notifiedFor: string | null;
            /** Format: date */
            plannedDate: string;
            position: number;
            /** @description Rejected batches of other stops to be recorded again here */
            reRecordings: components["schemas"]["ReRecording"][];
            skipReason: string | null;
            /**
             * Format: date-time
             * @description When the stop begins: 08:00 of its day, the office's own time (WIB, WITA or WIT)
             */
            startsAt: string;
            /** @enum {string} */
            status: "planned" | "notified" | "checked-in" | "syncing" | "completed" | "skipped" | "cancelled";
            /** @example 61.05.09.2001 */
            villageCode: string;
            villageName: string;
        };
        TourTeamMember: {
            displayName: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "operator" | "manager" | "supervisor" | "admin";
            username: string;
        };
        TriageDto: {
            /** @enum {string} */
            assessment: "fix-on-site" | "needs-repair";
            note?: string;
        };
        UnrecordedImportResult: {
            /** @description Rows imported */
            imported: number;
            /** Format: uuid */
            officeId: string;
            totalUnrecorded: number;
            villageCount: number;
        };
        UnrecordedResidentsView: {
            /** Format: uuid */
            officeId: string;
            totalUnrecorded: number;
            villageCount: number;
            villages: components["schemas"]["UnrecordedVillage"][];
        };
        UnrecordedVillage: {
            districtCode: string;
            districtName: string;
            /** Format: date-time */
            importedAt: string;
            importedBy: string;
            requiredTotal: number | null;
            unrecorded: number;
            villageCode: string;
            villageName: string;
        };
        UpdateDeviceDto: {
            model?: string;
            /**
             * @description central: provided by the ministry; regional: bought by the regency
             * @enum {string}
             */
            owner?: "central" | "regional";
            servicePointId?: string;
            /**
             * @description broken and in-repair are set by repair cases only
             * @enum {string}
             */
            status?: "active" | "retired";
        };
        UpdateMeDto: {
            /**
             * Format: email
             * @description Where notifications are e-mailed; null or empty removes it
             */
            email?: string | null;
        };
        UpdateOfficeDto: {
            address?: string;
            email?: string;
            /**
             * @description Place written before the date of letters (default: the regency name)
             * @example Sintang
             */
            letterCity?: string;
            /**
             * @description Letter numbers; must hold <seq> and <year> (numbers restart every year)
             * @example 470/<seq>/Dukcapil/<year>
             */
            letterNumberPattern?: string;
            /** @description Address the letters to the ministry are e-mailed to */
            ministryEmail?: string;
            /** @description Addressee of letters (default: Direktur Jenderal Kependudukan dan Pencatatan Sipil, Kementerian Dalam Negeri) */
            ministryRecipient?: string;
            /** @example Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sintang */
            name?: string;
            phone?: string;
            /**
             * @description The office's time zone (WIB Asia/Jakarta, WITA Asia/Makassar, WIT Asia/Jayapura); by default its province's. Only an admin changes it.
             * @enum {string}
             */
            timeZone?: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
        };
        UpdateServicePointDto: {
            /** @description Street address as residents find it; null clears it */
            address?: string | null;
            /**
             * @description Kecamatan (district) code; must lie in the office regency
             * @example 61.05.14
             */
            districtCode?: string;
            /** @enum {string} */
            kind?: "office-hq" | "kecamatan-office" | "mpp-desk" | "mobile-unit";
            /**
             * @description Degrees north (negative: south), within Indonesia (-11.5 to 6.5); together with longitude; null clears both
             * @example 0.0747
             */
            latitude?: number | null;
            /**
             * @description Degrees east, within Indonesia (94.5 to 141.5); together with latitude; null clears both
             * @example 111.4969
             */
            longitude?: number | null;
            /** @example Kantor Kecamatan Serawai */
            name?: string;
            /** @description Opening hours per weekday in the office's local time (a day may have up to three openings; a day not listed is closed); null clears them */
            openingHours?: components["schemas"]["OpeningHoursDto"][] | null;
        };
        UpdateUserDto: {
            /** @description false deactivates the account and ends its sessions (so does a new role, office or password) */
            active?: boolean;
            /** @example Ani Lestari */
            displayName?: string;
            /**
             * Format: email
             * @description Where notifications are e-mailed; null or empty removes it
             */
            email?: string | null;
            /** @description Nomor Induk Pegawai (18 digits) */
            nip?: string;
            /**
             * Format: uuid
             * @description Required for operators and managers
             */
            officeId?: string | null;
            password?: string;
            /**
             * @description Jabatan; letters approved by someone other than the Kepala Dinas are signed "a.n. Kepala Dinas"
             * @example Sekretaris Dinas
             */
            position?: string;
            /** @description A supervisor reads over this province; empty for the whole country */
            provinceCode?: string | null;
            /** @enum {string} */
            role?: "operator" | "manager" | "supervisor" | "admin";
        };
        UpdateWebhookDto: {
            /** @description Admin only */
            allowHttp?: boolean;
            /** @description Admin only */
            allowPrivateTargets?: boolean;
            description?: string;
            /** @description false: no new deliveries, and attempts under way stop (failed) */
            enabled?: boolean;
            eventTypes?: ("*" | "repair.opened" | "repair.overdue" | "repair.closed" | "repair.cancelled" | "escalation.awaiting-approval" | "escalation.approved" | "escalation.rejected" | "letter.dispatched" | "escalation.answered" | "outage.opened" | "outage.resolved" | "outage.closed" | "tour.approved" | "tour.stop.checked-in" | "tour.completed" | "batch.acknowledged" | "batch.rejected")[];
            url?: string;
        };
        UserUpdated: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            displayName: string;
            /**
             * Format: email
             * @description Where notifications are e-mailed (as the person chooses per kind); null: in the app only
             */
            email: string | null;
            /** Format: uuid */
            id: string;
            /** @description Nomor Induk Pegawai */
            nip: string | null;
            /** Format: uuid */
            officeId: string | null;
            /** @description Jabatan */
            position: string | null;
            provinceCode: string | null;
            /** @enum {string} */
            role: "operator" | "manager" | "supervisor" | "admin";
            /** @description Sessions ended by a role, office, password or deactivation change */
            sessionsEnded: number;
            /** Format: date-time */
            updatedAt: string;
            username: string;
        };
        UserView: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            displayName: string;
            /**
             * Format: email
             * @description Where notifications are e-mailed (as the person chooses per kind); null: in the app only
             */
            email: string | null;
            /** Format: uuid */
            id: string;
            /** @description Nomor Induk Pegawai */
            nip: string | null;
            /** Format: uuid */
            officeId: string | null;
            /** @description Jabatan */
            position: string | null;
            provinceCode: string | null;
            /** @enum {string} */
            role: "operator" | "manager" | "supervisor" | "admin";
            /** Format: date-time */
            updatedAt: string;
            username: string;
        };
        VerifyDto: {
            note?: string;
            /** @description true: the device records again; false: it still fails and goes back to triage */
            working: boolean;
        };
        VillageCoverage: {
            /** @example 52.02.01.2001 */
            code: string;
            /** @description Its count was imported */
            counted: boolean;
            coveragePercent: number | null;
            /** Format: date-time */
            importedAt: string | null;
            name: string;
            notYetRecorded: number | null;
            recorded: number | null;
            recordedByToursSinceImport: number | null;
            requiredTotal: number | null;
            /** @description Not yet recorded as imported */
            unrecordedAtImport: number | null;
        };
        VillageView: {
            /** @example 61.05.09.2001 */
            code: string;
            /** @example 61.05.09 */
            districtCode: string;
            name: string;
        };
        WebhookAttemptView: {
            attempt: number;
            /** Format: date-time */
            attemptedAt: string;
            durationMs: number;
            error: string | null;
            /** @description Which series (1, then one more per redelivery) */
            series: number;
            /** @description The HTTP status answered; null when there was no answer */
            statusCode: number | null;
        };
        WebhookCreated: {
            allowHttp: boolean;
            allowPrivateTargets: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            description: string;
            enabled: boolean;
            eventTypes: ("*" | "repair.opened" | "repair.overdue" | "repair.closed" | "repair.cancelled" | "escalation.awaiting-approval" | "escalation.approved" | "escalation.rejected" | "letter.dispatched" | "escalation.answered" | "outage.opened" | "outage.resolved" | "outage.closed" | "tour.approved" | "tour.stop.checked-in" | "tour.completed" | "batch.acknowledged" | "batch.rejected")[];
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description null: every office (national, admin only)
             */
            officeId: string | null;
            /** @description The signing secret: shown in this answer only (and again only by rotating it) */
            secret: string;
            /** @description The first characters of the signing secret, to tell secrets apart */
            secretHint: string;
            /** Format: date-time */
            secretRotatedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        WebhookDeleted: {
            /** @enum {boolean} */
            deleted: true;
            /** Format: uuid */
            id: string;
        };
        WebhookDeliveryView: {
            /** @description Every attempt of every series, newest first (in the detail only) */
            attemptLog?: components["schemas"]["WebhookAttemptView"][];
            /** @description Attempts in the current series */
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: uuid */
            endpointId: string;
            /**
             * Format: uuid
             * @description The event id (X-Ektp-Event-Id): the same in every attempt and redelivery
             */
            eventId: string;
            /** @enum {string} */
            eventType: "repair.opened" | "repair.overdue" | "repair.closed" | "repair.cancelled" | "escalation.awaiting-approval" | "escalation.approved" | "escalation.rejected" | "letter.dispatched" | "escalation.answered" | "outage.opened" | "outage.resolved" | "outage.closed" | "tour.approved" | "tour.stop.checked-in" | "tour.completed" | "batch.acknowledged" | "batch.rejected";
            /** Format: date-time */
            failedAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastAttemptAt: string | null;
            lastError: string | null;
            lastStatusCode: number | null;
            /** Format: date-time */
            occurredAt: string;
            /** @description Current series */
            series: number;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
        };
        WebhookEvent: {
            /** @description Depends on type: see GET /webhooks/event-types for which schema each type uses */
            data: components["schemas"]["RepairEventData"] | components["schemas"]["RepairOverdueData"] | components["schemas"]["EscalationEventData"] | components["schemas"]["OutageEventData"] | components["schemas"]["TourEventData"];
            /**
             * Format: uuid
             * @description Stable: the same happening has the same id in every attempt and redelivery (deduplicate on it)
             */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: uuid */
            officeId: string;
            type: components["schemas"]["WebhookEventType"];
        };
        /** @enum {string} */
        WebhookEventType: "repair.opened" | "repair.overdue" | "repair.closed" | "repair.cancelled" | "escalation.awaiting-approval" | "escalation.approved" | "escalation.rejected" | "letter.dispatched" | "escalation.answered" | "outage.opened" | "outage.resolved" | "outage.closed" | "tour.approved" | "tour.stop.checked-in" | "tour.completed" | "batch.acknowledged" | "batch.rejected";
        WebhookEventTypeView: {
            /**
             * @description The OpenAPI component of the event’s `data`
             * @example RepairEventData
             */
            dataSchema: string;
            description: string;
            /** @enum {string} */
            type: "repair.opened" | "repair.overdue" | "repair.closed" | "repair.cancelled" | "escalation.awaiting-approval" | "escalation.approved" | "escalation.rejected" | "letter.dispatched" | "escalation.answered" | "outage.opened" | "outage.resolved" | "outage.closed" | "tour.approved" | "tour.stop.checked-in" | "tour.completed" | "batch.acknowledged" | "batch.rejected";
        };
        WebhookSecretView: {
            /** Format: uuid */
            id: string;
            /** @description The new signing secret: shown in this answer only; the old one no longer signs */
            secret: string;
            /** Format: date-time */
            secretRotatedAt: string;
        };
        WebhookView: {
            allowHttp: boolean;
            allowPrivateTargets: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            description: string;
            enabled: boolean;
            eventTypes: ("*" | "repair.opened" | "repair.overdue" | "repair.closed" | "repair.cancelled" | "escalation.awaiting-approval" | "escalation.approved" | "escalation.rejected" | "letter.dispatched" | "escalation.answered" | "outage.opened" | "outage.resolved" | "outage.closed" | "tour.approved" | "tour.stop.checked-in" | "tour.completed" | "batch.acknowledged" | "batch.rejected")[];
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description null: every office (national, admin only)
             */
            officeId: string | null;
            /** @description The first characters of the signing secret, to tell secrets apart */
            secretHint: string;
            /** Format: date-time */
            secretRotatedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        WithdrawDto: {
            /** @description Why the escalation is withdrawn (e.g. the devices were repaired) */
            reason: string;
        };
        WorkingHoursView: {
            /** @example 16:00 */
            end: string;
            /** @example 08:00 */
            start: string;
        };
        WorkingWeekDto: {
            /**
             * @description End of the working hours, local HH:MM, after dayStart on the same day
             * @example 16:00
             */
            dayEnd: string;
            /**
             * @description Start of the working hours, local HH:MM
             * @example 08:00
             */
            dayStart: string;
            /**
             * @description Working weekdays, ISO numbering: 1 Monday … 7 Sunday
             * @example [
             *       1,
             *       2,
             *       3,
             *       4,
             *       5
             *     ]
             */
            workingDays: number[];
        };
        WorkingWeekView: {
            /**
             * @description End of the working hours, local HH:MM, after dayStart on the same day
             * @example 16:00
             */
            dayEnd: string;
            /**
             * @description Start of the working hours, local HH:MM
             * @example 08:00
             */
            dayStart: string;
            /** @description true: the office has not set its own week; these are the defaults (Monday–Friday 08:00–16:00) */
            isDefault: boolean;
            /** Format: uuid */
            officeId: string;
            /**
             * @description Working weekdays, ISO numbering: 1 Monday … 7 Sunday
             * @example [
             *       1,
             *       2,
             *       3,
             *       4,
             *       5
             *     ]
             */
            workingDays: number[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    ApiKeysController_list: {
        parameters: {
            query?: {
                limit?: number;
                officeId?: string;
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"] & {
                        items: components["schemas"]["ApiKeyView"][];
                    };
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyCreated"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ApiKeysController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                action?: string;
                /** @description Username, apikey:<prefix> or system */
                actor?: string;
                /** @description From this time (inclusive), ISO 8601 */
                from?: string;
                limit?: number;
                officeId?: string;
                page?: number;
                targetId?: string;
                targetType?: string;
                /** @description Before this time, ISO 8601 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"] & {
                        items: components["schemas"]["AuditEntryView"][];
                    };
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The role may not do this (or four-eyes: not on your own work) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordChanged"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PublicAvailabilityController_get: {
        parameters: {
            query?: {
                /** @description District (kecamatan) code */
                district?: string;
                /** @description Where the resident is (the browser's location), degrees north; with lon. Each point then carries distanceKm, nearest first */
                lat?: number;
                /** @description Where the resident is, degrees east; with lat */
                lon?: number;
                /** @description Regency (kabupaten/kota) code; this or district is required */
                regency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cache-Control: public, max-age; a stale answer (stale: true) carries no-cache and a Warning header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicAvailabilityView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NationalDaysOffController_list: {
        parameters: {
            query?: {
                /** @description Only this year (default: every year) */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalDayOffView"][];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NationalDaysOffController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DayOffDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalDayOffView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NationalDaysOffController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CoverageController_national: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalCoverageView"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CoverageController_nationalCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 CSV with a header row, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CoverageController_province: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kemendagri province code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceCoverageView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CoverageController_provinceCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kemendagri province code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 CSV with a header row, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DashboardController_get: {
        parameters: {
            query?: {
                /** @description The office to show: required for admins and supervisors; operators and managers see their own */
                officeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DevicesController_list: {
        parameters: {
            query?: {
                kind?: "pc" | "fingerprint-scanner" | "iris-scanner" | "camera" | "signature-pad" | "card-reader" | "card-printer";
                limit?: number;
                officeId?: string;
                owner?: "central" | "regional";
                page?: number;
                serial?: string;
                servicePointId?: string;
                status?: "active" | "broken" | "in-repair" | "retired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"] & {
                        items: components["schemas"]["DeviceView"][];
                    };
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DevicesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDeviceDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DevicesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DevicesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DevicesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDeviceDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EscalationsController_list: {
        parameters: {
            query?: {
                limit?: number;
                officeId?: string;
                page?: number;
                status?: "drafted" | "changes-requested" | "approved" | "awaiting-reply" | "closed" | "rejected" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"] & {
                        items: components["schemas"]["EscalationView"][];
                    };
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EscalationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEscalationDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EscalationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationDetail"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EscalationsController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditEscalationDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EscalationsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EscalationsController_draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A preview of the letter as drafted now; it changes with every edit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EscalationsController_letter: {
        parameters: {
            query?: {
                /** @description Which letter: 1 is the first, 2 the first follow-up… Default: the latest */
                round?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letter PDF; X-Checksum-SHA256 carries its SHA-256 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EscalationsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EscalationsController_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplyDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EscalationsController_requestChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestChangesDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EscalationsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthView"];
                };
            };
            /** @description Down (Retry-After); which dependency failed goes to the log only */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthView"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthView"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessView"];
                };
            };
            /** @description Not ready (Retry-After): `checks` names which dependency is down; why goes to the log only */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessView"];
                };
            };
        };
    };
    PublicPageController_choose: {
        parameters: {
            query?: {
                /** @description A regency or kecamatan code, from the form: redirects (303) to its page */
                wilayah?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page in Bahasa Indonesia (or 303 to the chosen region's page) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not a regency or kecamatan code, or a resident position outside the rules (a page saying so) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Too many requests from this address (a page saying so, with Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The database is down and this page was never answered before (a page saying so, with Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    PublicPageController_region: {
        parameters: {
            query?: {
                /** @description Where the resident is, with lon: distances from there, nearest first */
                lat?: number;
                lon?: number;
            };
            header?: never;
            path: {
                /** @description A regency code (61.05) or a kecamatan code (61.05.14) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page in Bahasa Indonesia; Cache-Control as GET /availability (public, max-age; no-cache and Warning 110 while stale) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not a regency or kecamatan code, or a resident position outside the rules (a page saying so) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description No regency or kecamatan has this code (a page saying so) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Too many requests from this address (a page saying so, with Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The database is down and this page was never answered before (a page saying so, with Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    NotificationPreferencesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesView"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NotificationPreferencesController_set: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPreferenceDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferenceView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                subjectId?: string;
                /** @description true: only unread ones */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"] & {
                        items: components["schemas"]["NotificationView"][];
                        /** @description Unread messages in total */
                        unread: number;
                    };
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NotificationsController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NotificationsController_markAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedRead"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OfficesController_list: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                province?: string;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"] & {
                        items: components["schemas"]["OfficeView"][];
                    };
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OfficesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOfficeDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OfficesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OfficesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OfficesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOfficeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OfficeCalendarController_days: {
        parameters: {
            query?: {
                /** @description First day (the office's own day), included; default today */
                from?: string;
                /** @description Last day, included; at most 367 days from `from`; default four weeks on */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeCalendarView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OfficeCalendarController_daysOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeDayOffView"][];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OfficeCalendarController_setDayOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DayOffDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeDayOffView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OfficeCalendarController_removeDayOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OfficeCalendarController_week: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingWeekView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OfficeCalendarController_setWeek: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkingWeekDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingWeekView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OfficeCalendarController_resetWeek: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingWeekView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CoverageController_office: {
        parameters: {
            query?: {
                /** @description A kecamatan of the office’s regency: adds its villages (in the CSV: its villages instead of the kecamatan) */
                district?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CoverageController_officeCsv: {
        parameters: {
            query?: {
                /** @description A kecamatan of the office’s regency: adds its villages (in the CSV: its villages instead of the kecamatan) */
                district?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 CSV with a header row, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OfficeServicePointsController_import: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePointImportResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OfficesController_policy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OfficesController_setPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlaPolicyDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    UnrecordedResidentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnrecordedResidentsView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    UnrecordedResidentsController_import: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnrecordedImportResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OutagesController_list: {
        parameters: {
            query?: {
                kind?: "network" | "central-system" | "server" | "server-blocked" | "power" | "card-stock";
                limit?: number;
                officeId?: string;
                page?: number;
                status?: "open" | "recovering" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"] & {
                        items: components["schemas"]["OutageView"][];
                    };
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OutagesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOutageDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutageDetail"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OutagesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutageDetail"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OutagesController_overtime: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OvertimeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutageActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OutagesController_printProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrintProgressDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutageActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OutagesController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveOutageDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutageActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OversightController_national: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalOversightView"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OversightController_letters: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                /** @description Only the offices of this province */
                province?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"] & {
                        items: components["schemas"]["LetterAwaitingReply"][];
                    };
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OversightController_province: {
        parameters: {
            query?: {
                /** @description Devices out of service longest, per office */
                top?: number;
            };
            header?: never;
            path: {
                /** @description Kemendagri province code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceOversightView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OversightController_series: {
        parameters: {
            query?: {
                /** @description The last N days, today included */
                days?: number;
            };
            header?: never;
            path: {
                /** @description Kemendagri province code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceSeriesView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RegionsController_districts: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                regency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"] & {
                        items: components["schemas"]["DistrictView"][];
                    };
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RegionsController_provinces: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"] & {
                        items: components["schemas"]["ProvinceView"][];
                    };
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RegionsController_regencies: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                /** @description Kemendagri province code */
                province?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"] & {
                        items: components["schemas"]["RegencyView"][];
                    };
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RegionsController_villages: {
        parameters: {
            query?: {
                district?: string;
                limit?: number;
                page?: number;
                /** @description Part of the village name, case-insensitive */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"] & {
                        items: components["schemas"]["VillageView"][];
                    };
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RepairsController_list: {
        parameters: {
            query?: {
                deviceId?: string;
                limit?: number;
                officeId?: string;
                page?: number;
                /** @description true: open cases past their current deadline */
                stalled?: boolean;
                status?: "reported" | "triaged" | "awaiting-repair" | "repaired" | "closed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"] & {
                        items: components["schemas"]["RepairCaseView"][];
                    };
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RepairsController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenRepairDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairCaseView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RepairsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairCaseDetail"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RepairsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RepairsController_markRepaired: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionNoteDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RepairsController_requestRepair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestRepairDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RepairsController_triage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TriageDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RepairsController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ServicePointsController_list: {
        parameters: {
            query?: {
                canRecord?: boolean;
                district?: string;
                kind?: "office-hq" | "kecamatan-office" | "mpp-desk" | "mobile-unit";
                limit?: number;
                officeId?: string;
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"] & {
                        items: components["schemas"]["ServicePointView"][];
                    };
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ServicePointsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServicePointDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePointView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ServicePointsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePointDetail"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ServicePointsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ServicePointsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateServicePointDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePointView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PosterController_poster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The poster PDF (not cached: it follows the point and the public address) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ToursController_list: {
        parameters: {
            query?: {
                limit?: number;
                officeId?: string;
                page?: number;
                status?: "planned" | "approved" | "in-progress" | "completed" | "cancelled" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"] & {
                        items: components["schemas"]["TourListItem"][];
                    };
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ToursController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTourDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TourDetail"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ToursController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TourDetail"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ToursController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TourActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ToursController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TourActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ToursController_kitFailure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KitFailureDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TourActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ToursController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TourActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ToursController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TourReport"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ToursController_reportCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, UTF-8 CSV, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager, supervisor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ToursController_uploadBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stopId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: date-time */
                    capturedAt: string;
                    deviceSerial: string;
                    /** Format: binary */
                    file: string;
                    residentsCount: number;
                    sha256: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ToursController_checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stopId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TourActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ToursController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stopId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TourActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ToursController_reschedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stopId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TourActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ToursController_skip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stopId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TourActionResult"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ToursController_planningCalendar: {
        parameters: {
            query: {
                /** @description First day (the office's own day), included */
                from: string;
                /** @description The mobile service point whose kit's booked days are read; without it, only the holidays */
                kitServicePointId?: string;
                officeId: string;
                /** @description Last day, included; at most 367 days from `from` */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningCalendarView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ToursController_planningTeam: {
        parameters: {
            query: {
                officeId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningTeamView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: operator, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                /** @description true: active accounts only; false: deactivated ones only */
                active?: boolean;
                limit?: number;
                officeId?: string;
                page?: number;
                /** @description Part of the username or the name */
                q?: string;
                role?: "operator" | "manager" | "supervisor" | "admin";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"] & {
                        items: components["schemas"]["UserView"][];
                    };
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserUpdated"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: {
                limit?: number;
                officeId?: string;
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"] & {
                        items: components["schemas"]["WebhookView"][];
                    };
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    WebhooksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeleted"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    WebhooksController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"] & {
                        items: components["schemas"]["WebhookDeliveryView"][];
                    };
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    WebhooksController_delivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    WebhooksController_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state (invalid_transition, already exists, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    WebhooksController_rotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretView"];
                };
            };
            /** @description Invalid input: validation_failed names every field and rule (errors[]); invalid_input names one field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found, or another office’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The content is well-formed but cannot be used: X-Request-Id already used for another action */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    WebhooksController_eventTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventTypeView"][];
                };
            };
            /** @description No token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: admin, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database or workflow service) is unavailable or slow; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
}
