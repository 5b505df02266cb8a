/* The raw baseline for `effekt report` at national scale: write the same Målinger cells as the
 * workbook (project id and name, criterion id and name, date, value, unit, note, line; see
 * Docs/workbook.md) with libxlsxwriter in constant-memory mode, and nothing else. Names and units
 * come from projekter.csv and kriterier.csv (plain ';' files, as Benchmarks/generate.py writes
 * them). `make bench` times it in the same run as effekt. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

typedef struct { char *key; char *name; char *unit; } entry;

static int by_key(const void *a, const void *b) { return strcmp(((const entry *)a)->key, ((const entry *)b)->key); }

/* Reads `path` (header skipped) into entries keyed by the first `key_fields` fields joined by ';'. */
static entry *load(const char *path, int key_fields, int name_field, int unit_field, size_t *count) {
    FILE *f = fopen(path, "r");
    if (!f) { perror(path); exit(66); }
    size_t cap = 1024, n = 0;
    entry *e = malloc(cap * sizeof *e);
    char line[8192];
    if (!fgets(line, sizeof line, f)) exit(65);
    while (fgets(line, sizeof line, f)) {
        char *fields[16] = {0}, *p = line;
        for (int i = 0; i < 16; i++) { fields[i] = strsep(&p, ";\r\n"); if (!fields[i]) fields[i] = ""; }
        if (n == cap) e = realloc(e, (cap *= 2) * sizeof *e);
        char key[512];
        snprintf(key, sizeof key, key_fields == 2 ? "%s;%s" : "%s", fields[0], fields[1]);
        e[n].key = strdup(key);
        e[n].name = strdup(fields[name_field]);
        e[n].unit = unit_field >= 0 ? strdup(fields[unit_field]) : NULL;
        n++;
    }
    fclose(f);
    qsort(e, n, sizeof *e, by_key);
    *count = n;
    return e;
}

static const entry *find(const entry *e, size_t n, const char *key) {
    entry probe = {(char *)key, NULL, NULL};
    return bsearch(&probe, e, n, sizeof *e, by_key);
}

static int days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: %s DATA_FOLDER out.xlsx\n", argv[0]); return 64; }
    char path[4096];
    size_t np, nc;
    snprintf(path, sizeof path, "%s/projekter.csv", argv[1]);
    entry *projects = load(path, 1, 1, -1, &np);
    snprintf(path, sizeof path, "%s/kriterier.csv", argv[1]);
    entry *criteria = load(path, 2, 2, 4, &nc);
    snprintf(path, sizeof path, "%s/maalinger.csv", argv[1]);
    FILE *in = fopen(path, "r");
    if (!in) { perror(path); return 66; }

    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = "/tmp"};
    lxw_workbook *wb = workbook_new_opt(argv[2], &options);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Målinger");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "dd-mm-yyyy");
    const char *head[] = {"Projekt-id", "Projekt", "Kriterie-id", "Kriterie", "Dato", "Værdi", "Enhed", "Bemærkning", "Linje"};
    for (int i = 0; i < 9; i++) worksheet_write_string(ws, 0, i, head[i], NULL);
    char line[4096], key[512];
    lxw_row_t row = 0;
    long file_line = 1;
    if (!fgets(line, sizeof line, in)) return 65;
    const int excel_epoch = days_from_civil(1899, 12, 30);
    while (fgets(line, sizeof line, in)) {
        file_line++;
        char *f[5] = {0}, *p = line;
        for (int i = 0; i < 5; i++) { f[i] = strsep(&p, ";\r\n"); if (!f[i]) f[i] = ""; }
        int d = 0, m = 0, y = 0;
        sscanf(f[2], "%d-%d-%d", &d, &m, &y);
        for (char *c = f[3]; *c; c++) if (*c == ',') *c = '.';
        snprintf(key, sizeof key, "%s;%s", f[0], f[1]);
        const entry *c = find(criteria, nc, key);
        const entry *pr = find(projects, np, f[0]);
        row++;
        worksheet_write_string(ws, row, 0, f[0], NULL);
        if (pr) worksheet_write_string(ws, row, 1, pr->name, NULL);
        worksheet_write_string(ws, row, 2, f[1], NULL);
        if (c) worksheet_write_string(ws, row, 3, c->name, NULL);
        worksheet_write_number(ws, row, 4, days_from_civil(y, m, d) - excel_epoch, date);
        worksheet_write_number(ws, row, 5, strtod(f[3], NULL), NULL);
        if (c && c->unit && *c->unit) worksheet_write_string(ws, row, 6, c->unit, NULL);
        if (*f[4]) worksheet_write_string(ws, row, 7, f[4], NULL);
        worksheet_write_number(ws, row, 8, (double)file_line, NULL);
    }
    fclose(in);
    lxw_error err = workbook_close(wb);
    if (err) { fprintf(stderr, "%s\n", lxw_strerror(err)); return 74; }
    return 0;
}
