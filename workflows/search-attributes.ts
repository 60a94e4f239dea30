import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Custom search attributes, so officers can filter cases in the Temporal Web UI. */
export const OFFICE_ID = defineSearchAttributeKey('OfficeId', SearchAttributeType.KEYWORD);
export const CASE_STATUS = defineSearchAttributeKey('CaseStatus', SearchAttributeType.KEYWORD);
export const DEVICE_ID = defineSearchAttributeKey('DeviceId', SearchAttributeType.KEYWORD);

export const CUSTOM_SEARCH_ATTRIBUTES = [OFFICE_ID, CASE_STATUS, DEVICE_ID];
