/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-draft.h"

G_BEGIN_DECLS

/* Finds the note of responsible departments that ends @paragraph — （责任科室：A、B）,
 * (责任单位:…), （牵头单位：A；配合单位：B、C）, [Lead: A; Support: B],
 * "Responsible: A, B" — and adds its departments to @node: the first named is the lead
 * and the others support, unless a label says otherwise; names already on @node are
 * not added twice. Returns the length in bytes of @paragraph without the note
 * (strlen (@paragraph) when there is none). */
gsize wp_responsibility_extract (const char  *paragraph,
                                 WpDraftNode *node);

G_END_DECLS
