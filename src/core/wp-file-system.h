/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the disk under a workbook allows, asked before SQLite touches the file. */

/* TRUE when @path (or, if it does not exist, its folder) is on a network file system:
 * NFS, SMB/CIFS, AFS, Coda, Ceph, 9p, NCP, Lustre. SQLite's write-ahead log keeps its
 * index in shared memory, which such file systems do not share between computers, so
 * a workbook there must use a rollback journal. FUSE file systems are not counted: most
 * are local. */
gboolean     wp_file_system_is_network    (const char   *path);

typedef enum
{
  WP_FILE_WRITABLE,
  WP_FILE_READ_ONLY,        /* no write permission, or the kernel refuses */
  WP_FILE_READ_ONLY_DISK,   /* the disk or share is mounted read-only */
} WpFileAccess;

/* Whether @path, a file or a folder, may be written. The permission bits count even
 * when the kernel would let root pass, so that a file the user marked read-only is
 * treated as such whoever runs the program. WP_FILE_READ_ONLY when @path cannot be
 * looked at. */
WpFileAccess wp_file_system_get_access    (const char   *path);

/* TRUE when @error_code (an errno) says the disk or the user's quota is full. */
gboolean     wp_file_system_is_full_errno (int           error_code);

/* The error to show when the file @name could not be written because of @cause (a
 * G_IO_ERROR or G_FILE_ERROR, kept as its domain and code): a full disk is said so, with
 * what to do, instead of the system's words. */
GError      *wp_file_system_write_error   (const char   *name,
                                           const GError *cause);

G_END_DECLS
