import type { Session } from 'electron';

/** The part of Session the permission handlers use (a test passes a small fake). */
export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/**
 * The app needs no permission at all (camera, microphone, notifications, geolocation, clipboard
 * reading, USB, HID, serial, ...): every request and every check is answered "no".
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
