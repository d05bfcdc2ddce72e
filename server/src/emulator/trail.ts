// CloudTrail for the emulator: every mutation (through the API or out of band through the admin endpoint) becomes
// an event with the principal who made it; LookupEvents answers like CloudTrail's management-event history.
import { randomUUID } from 'node:crypto';
import { ApiError } from './store';

export interface TrailEvent {
  eventId: string;
  eventName: string;
  eventSource: string;
  eventTime: Date;
  account: string;
  region: string;
  principalArn: string;
  accessKeyId?: string;
  resourceType: string;
  resourceName: string;
  readOnly: boolean;
  requestParameters?: Record<string, unknown>;
  responseElements?: Record<string, unknown>;
  errorCode?: string;
  errorMessage?: string;
  userAgent?: string;
  sourceIPAddress?: string;
}

/** The user name CloudTrail shows for a principal: the IAM user name, or the session name of an assumed role. */
export function usernameOf(principalArn: string): string {
  const resource = principalArn.split(':').slice(5).join(':');
  if (resource === 'root') return 'root';
  const parts = resource.split('/');
  return parts[parts.length - 1] ?? resource;
}

function identityOf(e: TrailEvent): Record<string, unknown> {
  const resource = e.principalArn.split(':').slice(5).join(':');
  const kind = resource.startsWith('assumed-role/') ? 'AssumedRole' : resource === 'root' ? 'Root' : 'IAMUser';
  const id: Record<string, unknown> = {
    type: kind,
    principalId: 'AIDA' + Buffer.from(e.principalArn).toString('hex').slice(0, 17).toUpperCase(),
    arn: e.principalArn,
    accountId: e.account,
  };
  if (e.accessKeyId) id['accessKeyId'] = e.accessKeyId;
  if (kind === 'IAMUser') id['userName'] = usernameOf(e.principalArn);
  return id;
}

/** The CloudTrail record (the `CloudTrailEvent` JSON string of LookupEvents). */
export function cloudTrailRecord(e: TrailEvent): Record<string, unknown> {
  const rec: Record<string, unknown> = {
    eventVersion: '1.09',
    userIdentity: identityOf(e),
    eventTime: e.eventTime.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    eventSource: e.eventSource,
    eventName: e.eventName,
    awsRegion: e.region,
    sourceIPAddress: e.sourceIPAddress ?? '127.0.0.1',
    userAgent: e.userAgent ?? 'driftlog-emulator',
    requestParameters: e.requestParameters ?? null,
    responseElements: e.responseElements ?? null,
    requestID: e.eventId,
    eventID: e.eventId,
    readOnly: e.readOnly,
    resources: [{ accountId: e.account, type: e.resourceType, ARN: e.resourceName }],
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: e.account,
    eventCategory: 'Management',
  };
  if (e.errorCode) {
    rec['errorCode'] = e.errorCode;
    rec['errorMessage'] = e.errorMessage;
  }
  return rec;
}

const LOOKUP_KEYS = ['EventId', 'EventName', 'ReadOnly', 'Username', 'ResourceType', 'ResourceName', 'EventSource', 'AccessKeyId'];
const NINETY_DAYS_MS = 90 * 24 * 3600 * 1000;

function trailError(shape: string, message: string): ApiError {
  return new ApiError(shape, message, 400);
}

/** JSON timestamps of awsJson1_1 are epoch seconds (a number); accept ISO strings too. */
function parseTime(v: unknown, name: string): Date | undefined {
  if (v === undefined || v === null) return undefined;
  const d = typeof v === 'number' ? new Date(v * 1000) : typeof v === 'string' ? new Date(v) : undefined;
  if (!d || Number.isNaN(d.getTime())) throw new ApiError('SerializationException', `${name} is not a timestamp`, 400);
  return d;
}

export class Trail {
  private readonly events: TrailEvent[] = [];

  constructor(private readonly now: () => Date) {}

  record(e: Omit<TrailEvent, 'eventId' | 'eventTime'> & { eventTime?: Date }): TrailEvent {
    const full: TrailEvent = { ...e, eventId: randomUUID(), eventTime: e.eventTime ?? this.now() };
    this.events.push(full);
    return full;
  }

  all(): TrailEvent[] {
    return [...this.events];
  }

  /** CloudTrail_20131101.LookupEvents for the caller's account and region. */
  lookup(account: string, region: string, input: Record<string, unknown>): Record<string, unknown> {
    const attrs = input['LookupAttributes'];
    let filter: ((e: TrailEvent) => boolean) | undefined;
    if (attrs !== undefined) {
      if (!Array.isArray(attrs)) throw trailError('InvalidLookupAttributesException', 'LookupAttributes must be a list.');
      if (attrs.length > 1) throw trailError('InvalidLookupAttributesException', 'You cannot specify more than one lookup attribute.');
      if (attrs.length === 1) {
        const a = attrs[0] as Record<string, unknown>;
        const key = a?.['AttributeKey'];
        const value = a?.['AttributeValue'];
        if (typeof key !== 'string' || !LOOKUP_KEYS.includes(key)) {
          throw trailError('InvalidLookupAttributesException', `AttributeKey must be one of ${LOOKUP_KEYS.join(', ')}.`);
        }
        if (typeof value !== 'string' || value === '') throw trailError('InvalidLookupAttributesException', 'AttributeValue must be a non-empty string.');
        filter = (e) => {
          switch (key) {
            case 'EventId':
              return e.eventId === value;
            case 'EventName':
              return e.eventName === value;
            case 'ReadOnly':
              return String(e.readOnly) === value;
            case 'Username':
              return usernameOf(e.principalArn) === value;
            case 'ResourceType':
              return e.resourceType === value;
            case 'ResourceName':
              return e.resourceName === value;
            case 'EventSource':
              return e.eventSource === value;
            default:
              return e.accessKeyId === value;
          }
        };
      }
    }
    const now = this.now();
    const start = parseTime(input['StartTime'], 'StartTime') ?? new Date(now.getTime() - NINETY_DAYS_MS);
    const end = parseTime(input['EndTime'], 'EndTime') ?? now;
    if (start.getTime() > end.getTime()) throw trailError('InvalidTimeRangeException', 'Start time must be before end time.');
    const max = input['MaxResults'] ?? 50;
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 50) {
      throw trailError('InvalidMaxResultsException', 'MaxResults must be between 1 and 50.');
    }
    const matching = this.events
      .filter((e) => e.account === account && e.region === region)
      .filter((e) => e.eventTime.getTime() >= start.getTime() && e.eventTime.getTime() <= end.getTime())
      .filter((e) => !filter || filter(e))
      // Newest first, as CloudTrail returns them; ties keep the later-recorded event first.
      .map((e, i) => ({ e, i }))
      .sort((a, b) => b.e.eventTime.getTime() - a.e.eventTime.getTime() || b.i - a.i)
      .map(({ e }) => e);
    let offset = 0;
    const token = input['NextToken'];
    if (token !== undefined) {
      const decoded = typeof token === 'string' ? decodeToken(token) : undefined;
      if (decoded === undefined || decoded > matching.length) throw trailError('InvalidNextTokenException', 'Invalid NextToken.');
      offset = decoded;
    }
    const page = matching.slice(offset, offset + max);
    const out: Record<string, unknown> = {
      Events: page.map((e) => ({
        EventId: e.eventId,
        EventName: e.eventName,
        ReadOnly: String(e.readOnly),
        AccessKeyId: e.accessKeyId,
        EventTime: e.eventTime.getTime() / 1000,
        EventSource: e.eventSource,
        Username: usernameOf(e.principalArn),
        Resources: [{ ResourceType: e.resourceType, ResourceName: e.resourceName }],
        CloudTrailEvent: JSON.stringify(cloudTrailRecord(e)),
      })),
    };
    if (offset + max < matching.length) out['NextToken'] = encodeToken(offset + max);
    return out;
  }
}

export function encodeToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset }), 'utf8').toString('base64');
}

export function decodeToken(token: string): number | undefined {
  try {
    const v = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { o?: unknown };
    return typeof v.o === 'number' && Number.isInteger(v.o) && v.o >= 0 ? v.o : undefined;
  } catch {
    return undefined;
  }
}
