/* The raw baseline for `effekt report` at national scale: read the measurements CSV and write
 * the same Målinger cells (project, criterion, date, value, note) with libxlsxwriter in
 * constant-memory mode, and nothing else. `make bench` times it in the same run as effekt. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

static int days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: %s maalinger.csv out.xlsx\n", argv[0]); return 64; }
    FILE *in = fopen(argv[1], "r");
    if (!in) { perror(argv[1]); return 66; }
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL};
    lxw_workbook *wb = workbook_new_opt(argv[2], &options);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Målinger");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "dd-mm-yyyy");
    char line[4096];
    lxw_row_t row = 0;
    if (!fgets(line, sizeof line, in)) return 65; /* header */
    worksheet_write_string(ws, 0, 0, "Projekt", NULL);
    worksheet_write_string(ws, 0, 1, "Kriterie", NULL);
    worksheet_write_string(ws, 0, 2, "Dato", NULL);
    worksheet_write_string(ws, 0, 3, "Værdi", NULL);
    worksheet_write_string(ws, 0, 4, "Bemærkning", NULL);
    while (fgets(line, sizeof line, in)) {
        char *f[5] = {0};
        char *p = line;
        for (int i = 0; i < 5; i++) { f[i] = strsep(&p, ";\r\n"); if (!f[i]) f[i] = ""; }
        int d = 0, m = 0, y = 0;
        sscanf(f[2], "%d-%d-%d", &d, &m, &y);
        for (char *c = f[3]; *c; c++) if (*c == ',') *c = '.';
        row++;
        worksheet_write_string(ws, row, 0, f[0], NULL);
        worksheet_write_string(ws, row, 1, f[1], NULL);
        /* Excel's serial day: 1899-12-30 is day 0. */
        worksheet_write_number(ws, row, 2, days_from_civil(y, m, d) - days_from_civil(1899, 12, 30), date);
        worksheet_write_number(ws, row, 3, strtod(f[3], NULL), NULL);
        if (*f[4]) worksheet_write_string(ws, row, 4, f[4], NULL);
    }
    fclose(in);
    lxw_error err = workbook_close(wb);
    if (err) { fprintf(stderr, "%s\n", lxw_strerror(err)); return 74; }
    return 0;
}
