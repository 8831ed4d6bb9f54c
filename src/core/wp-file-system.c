/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-file-system"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/vfs.h>
#endif

#include "wp-file-system.h"

#ifdef __linux__
/* statfs() f_type of the network file systems (linux/magic.h and the file systems' own
 * headers; not all of them are in linux/magic.h). */
static const unsigned long network_types[] = {
  0x6969,      /* NFS */
  0x517b,      /* SMB (smbfs) */
  0xff534d42,  /* CIFS */
  0xfe534d42,  /* SMB2/3 (cifs.ko) */
  0x5346414f,  /* OpenAFS */
  0x6b414653,  /* kAFS */
  0x73757245,  /* Coda */
  0x00c36400,  /* Ceph */
  0x01021997,  /* 9p (v9fs) */
  0x564c,      /* NCP (NetWare) */
  0x0bd00bd0,  /* Lustre */
};

static gboolean
is_network_type (unsigned long type)
{
  for (guint i = 0; i < G_N_ELEMENTS (network_types); i++)
    {
      if (type == network_types[i])
        return TRUE;
    }
  return FALSE;
}
#endif

gboolean
wp_file_system_is_network (const char *path)
{
#ifdef __linux__
  g_autofree char *dir = NULL;
  struct statfs info;

  g_return_val_if_fail (path != NULL, FALSE);

  if (statfs (path, &info) == 0)
    return is_network_type ((unsigned long) info.f_type & 0xffffffffUL);

  /* A workbook not created yet lives where its folder is. */
  dir = g_path_get_dirname (path);
  if (statfs (dir, &info) == 0)
    return is_network_type ((unsigned long) info.f_type & 0xffffffffUL);
#endif
  return FALSE;
}

WpFileAccess
wp_file_system_get_access (const char *path)
{
  struct stat st;
  struct statvfs fs;

  g_return_val_if_fail (path != NULL, WP_FILE_READ_ONLY);

  if (statvfs (path, &fs) == 0 && (fs.f_flag & ST_RDONLY) != 0)
    return WP_FILE_READ_ONLY_DISK;
  if (stat (path, &st) != 0 || (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
    return WP_FILE_READ_ONLY;
  if (access (path, W_OK) != 0)
    return errno == EROFS ? WP_FILE_READ_ONLY_DISK : WP_FILE_READ_ONLY;
  return WP_FILE_WRITABLE;
}

gboolean
wp_file_system_is_full_errno (int error_code)
{
#ifdef EDQUOT
  if (error_code == EDQUOT)
    return TRUE;
#endif
  return error_code == ENOSPC;
}

GError *
wp_file_system_write_error (const char   *name,
                            const GError *cause)
{
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (cause != NULL, NULL);

  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NO_SPACE) ||
      g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_NOSPC))
    return g_error_new (cause->domain, cause->code,
                        _("Cannot write %s: the disk is full, so nothing was written. Free "
                          "some space on the disk, or choose another place, and try again."),
                        name);
  return g_error_new (cause->domain, cause->code, _("Cannot write %s: %s"), name,
                      cause->message);
}
