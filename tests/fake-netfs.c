/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An LD_PRELOAD shim for test-store-faults: statfs() and fstatfs() report NFS for every
 * file under the folder $WP_FAKE_NETFS_DIR, so that a workbook there looks as if it were
 * on a network drive. Everything else is passed on untouched. Plain C without GLib: it
 * is loaded before anything else in the process. */

/* Both the plain and the 64-bit names are defined below, whatever the build asks for. */
#undef _FILE_OFFSET_BITS
#define _GNU_SOURCE

#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statfs.h>
#include <unistd.h>

#define FAKE_TYPE 0x6969  /* NFS_SUPER_MAGIC */

/* Whether the real path @resolved lies in (or is) the faked folder. */
static int
is_faked_path (const char *resolved)
{
  const char *dir = getenv ("WP_FAKE_NETFS_DIR");
  char real_dir[PATH_MAX];
  size_t length;

  if (dir == NULL || realpath (dir, real_dir) == NULL)
    return 0;
  length = strlen (real_dir);
  return strncmp (resolved, real_dir, length) == 0 &&
         (resolved[length] == '/' || resolved[length] == '\0');
}

/* A file not created yet is where its folder is. */
static int
is_faked_file (const char *path)
{
  char resolved[PATH_MAX];
  char parent[PATH_MAX];
  char *slash;

  if (realpath (path, resolved) != NULL)
    return is_faked_path (resolved);
  if (strlen (path) >= sizeof parent)
    return 0;
  strcpy (parent, path);
  slash = strrchr (parent, '/');
  if (slash == NULL)
    return 0;
  *slash = '\0';
  return realpath (parent[0] != '\0' ? parent : "/", resolved) != NULL &&
         is_faked_path (resolved);
}

static int
is_faked_fd (int fd)
{
  char link[64];
  char target[PATH_MAX];
  ssize_t length;

  snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  length = readlink (link, target, sizeof target - 1);
  if (length <= 0)
    return 0;
  target[length] = '\0';
  return is_faked_path (target);
}

int
statfs (const char    *path,
        struct statfs *buf)
{
  int (*real) (const char *, struct statfs *) = dlsym (RTLD_NEXT, "statfs");
  int result = real (path, buf);

  if (result == 0 && is_faked_file (path))
    buf->f_type = FAKE_TYPE;
  return result;
}

int
statfs64 (const char      *path,
          struct statfs64 *buf)
{
  int (*real) (const char *, struct statfs64 *) = dlsym (RTLD_NEXT, "statfs64");
  int result = real (path, buf);

  if (result == 0 && is_faked_file (path))
    buf->f_type = FAKE_TYPE;
  return result;
}

int
fstatfs (int            fd,
         struct statfs *buf)
{
  int (*real) (int, struct statfs *) = dlsym (RTLD_NEXT, "fstatfs");
  int result = real (fd, buf);

  if (result == 0 && is_faked_fd (fd))
    buf->f_type = FAKE_TYPE;
  return result;
}

int
fstatfs64 (int              fd,
           struct statfs64 *buf)
{
  int (*real) (int, struct statfs64 *) = dlsym (RTLD_NEXT, "fstatfs64");
  int result = real (fd, buf);

  if (result == 0 && is_faked_fd (fd))
    buf->f_type = FAKE_TYPE;
  return result;
}
