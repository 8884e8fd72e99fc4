/**
 * A checked record as the columns both stores keep. `time` is already one UTC spelling (see app.mjs), so its first
 * ten characters are the day the dashboard counts it under.
 * @param {object} record
 */
export function toRow(record) {
  return {
    received_at: new Date().toISOString(),
    consent_id: record.consentId,
    previous_consent_id: record.previousConsentId,
    time: record.time,
    day: record.time.slice(0, 10),
    revision: record.revision,
    version: record.version,
    config_hash: record.configHash,
    language: record.language,
    action: record.action,
    source: record.source,
    gpc: record.gpc,
    regime: record.regime,
    categories: JSON.stringify(record.categories),
    services: JSON.stringify(record.services),
  };
}
