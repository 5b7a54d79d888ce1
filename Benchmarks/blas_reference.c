/* The "calling OpenBLAS directly" reference for the BLAS-bound tensor workloads: cblas_sgemm for
 * 1024x1024 @ 1024x1024 and cblas_sgemv for 12396x784 @ 784x1, on the same deterministic data as
 * tensor_ops.py, against the same libopenblas that tessera links. Scripts/bench compiles it in a
 * temporary folder at bench time:
 *
 *   gcc -O2 blas_reference.c -I/usr/include/x86_64-linux-gnu/openblas-pthread -lopenblas -o blas_reference
 *   ./blas_reference [--quick] [--repeat N]
 *
 * Prints `name seconds` (median after a warm-up) and `# openblas ...` lines describing the library.
 */
#include <cblas.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Declared by OpenBLAS (openblas_config.h / cblas.h); repeated here in case the header omits them. */
extern char *openblas_get_config(void);
extern int openblas_get_num_threads(void);
extern char *openblas_get_corename(void);

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *xs, int n) {
    qsort(xs, n, sizeof(double), compare);
    return n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
}

/* The same values as det(rows, cols, salt) in tensor_ops.py. */
static float *det(long rows, long cols, long salt) {
    float *m = malloc(sizeof(float) * rows * cols);
    for (long i = 0; i < rows * cols; i++) m[i] = (float)((i * 7919 + salt) % 1009) / 1009.0f - 0.5f;
    return m;
}

int main(int argc, char **argv) {
    int quick = 0, repeat = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--quick")) quick = 1;
        if (!strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = atoi(argv[++i]);
    }
    int n = repeat > 0 ? repeat : (quick ? 5 : 11);
    double times[1000];
    if (n > 1000) n = 1000;

    printf("# openblas config %s\n", openblas_get_config());
    printf("# openblas core %s\n", openblas_get_corename());
    printf("# openblas threads %d\n", openblas_get_num_threads());

    const int N = 1024;
    float *a = det(N, N, 7), *b = det(N, N, 8), *c = malloc(sizeof(float) * N * N);
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, N, N, N, 1.0f, a, N, b, N, 0.0f, c, N);
    for (int r = 0; r < n; r++) {
        double t0 = now();
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, N, N, N, 1.0f, a, N, b, N, 0.0f, c, N);
        times[r] = now() - t0;
    }
    double sum = 0;
    for (long i = 0; i < (long)N * N; i++) sum += c[i] < 0 ? -c[i] : c[i];
    printf("# check blas.sgemm_1024 %.6g\n", sum / ((double)N * N));
    printf("blas.sgemm_1024 %.9f\n", median(times, n));
    fflush(stdout);

    const int R = 12396, K = 784;
    float *x = det(R, K, 9), *w = det(K, 1, 10), *y = malloc(sizeof(float) * R);
    cblas_sgemv(CblasRowMajor, CblasNoTrans, R, K, 1.0f, x, K, w, 1, 0.0f, y, 1);
    for (int r = 0; r < n; r++) {
        double t0 = now();
        cblas_sgemv(CblasRowMajor, CblasNoTrans, R, K, 1.0f, x, K, w, 1, 0.0f, y, 1);
        times[r] = now() - t0;
    }
    sum = 0;
    for (long i = 0; i < R; i++) sum += y[i] < 0 ? -y[i] : y[i];
    printf("# check blas.gemv_12396x784 %.6g\n", sum / R);
    printf("blas.gemv_12396x784 %.9f\n", median(times, n));
    return 0;
}
