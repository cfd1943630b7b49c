/* A tiny CSV reader for the C tests and the C example (RFC 4180: quoted fields, "" inside
 * quotes, CRLF or LF): the whole file in memory, rows of fields as NUL-terminated strings. */
#ifndef CAREERTALK_TESTS_C_CSV_H
#define CAREERTALK_TESTS_C_CSV_H

#include <stddef.h>

enum { CSV_MAX_FIELDS = 32, CSV_MAX_ROWS = 512 };

typedef struct csv_file {
    char* text; /* the file, rewritten in place into NUL-terminated fields */
    size_t rows;
    size_t fields[CSV_MAX_ROWS];
    char* field[CSV_MAX_ROWS][CSV_MAX_FIELDS];
} csv_file;

/* Reads `path` into `out` (row 0 is the header); 0 on success. */
int csv_read(const char* path, csv_file* out);
/* The column named `name` in the header, or -1. */
int csv_column(const csv_file* f, const char* name);
/* Row `row`'s field in column `col` ("" when the row is shorter or col is -1). */
const char* csv_get(const csv_file* f, size_t row, int col);
void csv_free(csv_file* f);

#endif
