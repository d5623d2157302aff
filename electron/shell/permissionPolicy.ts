/**
 * Which web permissions the window gets (DESIGN.md §7). All are denied (camera, microphone, geolocation,
 * notifications, clipboard reading, opening external apps, …) except writing text to the clipboard, which
 * "copy the SQL" and "copy the numbers" buttons need and which reads nothing from the machine.
 */
export function isPermissionAllowed(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}
