import { describe, expect, it } from 'vitest';
import { classifyStorage, parseProcMounts, type StorageFacts } from '../../../../src-main/core/register/storageLocation';

const PROC_MOUNTS = [
  'sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0',
  '/dev/nvme0n1p2 / ext4 rw,relatime 0 0',
  '/dev/nvme0n1p1 /boot/efi vfat rw,relatime 0 0',
  '//fileserver/dienst\\040communicatie /mnt/dienst\\040communicatie cifs rw,relatime,vers=3.1.1 0 0',
  'nas:/export/home /home/jan/nas nfs4 rw,relatime 0 0',
  'jan@server:/data /home/jan/ssh fuse.sshfs rw,nosuid,nodev 0 0',
  'tmpfs /tmp tmpfs rw,nosuid,nodev 0 0',
].join('\n');

const linux: StorageFacts = { platform: 'linux', mounts: parseProcMounts(PROC_MOUNTS) };
const codes = (path: string, facts: StorageFacts = linux) => classifyStorage(path, facts).map((w) => w.code);

describe('classifyStorage', () => {
  it('reads /proc/mounts, spaces (\\040) included', () => {
    expect(linux.mounts).toContainEqual({ mountPoint: '/mnt/dienst communicatie', type: 'cifs' });
    expect(linux.mounts).toContainEqual({ mountPoint: '/', type: 'ext4' });
  });

  it('says nothing about a register on a local disk', () => {
    expect(codes('/home/jan/Documenten/kanalen.sqlite')).toEqual([]);
    expect(codes('/tmp/kanalen.sqlite')).toEqual([]);
    expect(codes('C:\\Users\\jan\\Documents\\kanalen.sqlite', { platform: 'win32', mounts: [] })).toEqual([]);
  });

  it('warns for network file systems by the longest matching mount point (cifs, nfs4, sshfs)', () => {
    expect(codes('/mnt/dienst communicatie/register.sqlite')).toEqual(['network-path']);
    expect(codes('/home/jan/nas/kanalen.sqlite')).toEqual(['network-path']);
    expect(codes('/home/jan/ssh/kanalen.sqlite')).toEqual(['network-path']);
    // A sibling whose name only starts like the mount point is local.
    expect(codes('/home/jan/nasje/kanalen.sqlite')).toEqual([]);
    const [warning] = classifyStorage('/home/jan/nas/kanalen.sqlite', linux);
    expect(warning!.message).toMatch(/netwerkschijf \(\/home\/jan\/nas \(nfs4\)\)/);
    expect(warning!.message).toMatch(/beschadigd/);
    expect(warning!.messageEn).toMatch(/network share/);
  });

  it('knows every network type in the list', () => {
    for (const type of ['nfs', 'smb3', 'smbfs', '9p', 'afs', 'ceph', 'glusterfs', 'davfs', 'fuse.rclone']) {
      const facts = {
        platform: 'linux' as const,
        mounts: [
          { mountPoint: '/', type: 'ext4' },
          { mountPoint: '/net', type },
        ],
      };
      expect(codes('/net/r.sqlite', facts), type).toEqual(['network-path']);
    }
  });

  it('warns for UNC paths on Windows, both slash styles', () => {
    const windows = { platform: 'win32' as const, mounts: [] };
    expect(codes('\\\\fileserver\\communicatie\\kanalen.sqlite', windows)).toEqual(['network-path']);
    expect(codes('//fileserver/communicatie/kanalen.sqlite', windows)).toEqual(['network-path']);
    expect(classifyStorage('\\\\fileserver\\communicatie\\kanalen.sqlite', windows)[0]!.message).toContain(
      '\\\\fileserver\\communicatie',
    );
  });

  it('warns for synced folders by folder name (OneDrive, Dropbox, Google Drive, iCloud, Nextcloud, ownCloud)', () => {
    const windows = { platform: 'win32' as const, mounts: [] };
    const mac = { platform: 'darwin' as const, mounts: [] };
    expect(codes('C:\\Users\\jan\\OneDrive - Stad Mechelen\\kanalen.sqlite', windows)).toEqual(['synced-folder']);
    expect(codes('C:\\Users\\jan\\Dropbox\\kanalen.sqlite', windows)).toEqual(['synced-folder']);
    expect(codes('G:\\Mijn Drive\\kanalen.sqlite', windows)).toEqual(['synced-folder']);
    expect(codes('/Users/jan/Library/Mobile Documents/com~apple~CloudDocs/kanalen.sqlite', mac)).toEqual(['synced-folder']);
    expect(codes('/Users/jan/Google Drive/kanalen.sqlite', mac)).toEqual(['synced-folder']);
    expect(codes('/home/jan/Nextcloud/kanalen.sqlite')).toEqual(['synced-folder']);
    expect(codes('/home/jan/ownCloud/kanalen.sqlite')).toEqual(['synced-folder']);
    // A file merely named like a service is not in a synced folder.
    expect(codes('/home/jan/dropbox-export.sqlite')).toEqual([]);
    const [warning] = classifyStorage('/home/jan/Dropbox/kanalen.sqlite', linux);
    expect(warning!.message).toMatch(/Dropbox synchroniseert/);
    expect(warning!.messageEn).toMatch(/conflicting copies/);
  });

  it('gives both warnings for a synced folder on a share', () => {
    expect(codes('/mnt/dienst communicatie/OneDrive/kanalen.sqlite')).toEqual(['network-path', 'synced-folder']);
  });
});
