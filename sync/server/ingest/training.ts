/** Every training document (mode latihan) is stored and quarantined with this reason, whatever its type. */
export function trainingReason(document: string): string {
  return `training ${document} (mode latihan): never counted by the province`;
}
