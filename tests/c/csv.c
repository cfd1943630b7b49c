#include "csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int csv_read(const char* path, csv_file* out) {
    FILE* in = fopen(path, "rb");
    long size;
    char *r, *w, *end;
    memset(out, 0, sizeof *out);
    if (!in) return 1;
    if (fseek(in, 0, SEEK_END) != 0 || (size = ftell(in)) < 0 || fseek(in, 0, SEEK_SET) != 0 ||
        !(out->text = malloc((size_t)size + 1)) ||
        fread(out->text, 1, (size_t)size, in) != (size_t)size) {
        fclose(in);
        return 1;
    }
    fclose(in);
    out->text[size] = '\0';
    r = w = out->text;
    end = out->text + size;
    while (r < end && out->rows < CSV_MAX_ROWS) {
        size_t row = out->rows++;
        for (;;) { /* one field */
            int quoted = *r == '"';
            if (out->fields[row] == CSV_MAX_FIELDS) return 1;
            out->field[row][out->fields[row]++] = w;
            if (quoted) ++r;
            while (r < end) {
                if (quoted && *r == '"' && r[1] == '"') {
                    *w++ = '"';
                    r += 2;
                } else if (quoted && *r == '"') {
                    quoted = 0;
                    ++r;
                } else if (!quoted && (*r == ',' || *r == '\n' || *r == '\r')) {
                    break;
                } else {
                    *w++ = *r++;
                }
            }
            if (r < end && *r == ',') {
                *w++ = '\0';
                ++r;
                continue;
            }
            if (r < end && *r == '\r') ++r;
            if (r < end && *r == '\n') ++r;
            *w++ = '\0'; /* w stays behind r: the line end is read before it is overwritten */
            break;
        }
    }
    return r < end; /* more rows than CSV_MAX_ROWS */
}

int csv_column(const csv_file* f, const char* name) {
    size_t i;
    for (i = 0; f->rows > 0 && i < f->fields[0]; ++i)
        if (strcmp(f->field[0][i], name) == 0) return (int)i;
    return -1;
}

const char* csv_get(const csv_file* f, size_t row, int col) {
    if (col < 0 || row >= f->rows || (size_t)col >= f->fields[row]) return "";
    return f->field[row][col];
}

void csv_free(csv_file* f) {
    free(f->text);
    f->text = NULL;
}
