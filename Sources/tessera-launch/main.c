// tessera-launch ARGS runs `tessera ARGS` (the tessera beside it), and when ARGS are a Jupyter
// kernel run (`kernel -f FILE`), binds the connection file's TCP ports first. It is what the
// kernelspec that `tessera kernel install` writes runs.
//
// Why a launcher: a front end connects its sockets as soon as it has started the kernel
// process. A connection that finds no listener is refused, and ZeroMQ retries only after its
// reconnect interval (100 ms). tessera itself cannot listen sooner than about 14 ms after exec:
// the dynamic loader maps and relocates some 65 shared libraries (cairo, graphviz, OpenBLAS,
// ZeroMQ, the Swift runtime, Foundation) before any of its code runs. This program links only
// libc, so it listens within a millisecond; connections then queue in the system's backlog
// until the kernel's ZeroMQ sockets adopt these descriptors (ZMQ_USE_FD), named to it in
// TESSERA_KERNEL_LISTENERS as "PORT=FD,...".
//
// Only a tcp connection file with a numeric address is handled; anything else, or any failure,
// leaves the binding to tessera, which then reports errors as usual.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

enum { PORT_COUNT = 5, FILE_LIMIT = 65536, BACKLOG = 100 };

static const char *const port_keys[PORT_COUNT] = {"shell_port", "iopub_port", "stdin_port", "control_port", "hb_port"};

/// The connection file named by `-f FILE` or `-f=FILE` when argv is a kernel run
/// (`kernel [run] -f FILE`), else NULL.
static const char *connection_file_argument(int argc, char **argv) {
    if (argc < 3 || strcmp(argv[1], "kernel") != 0) return NULL;
    int i = 2;
    if (strcmp(argv[i], "run") == 0) i++;
    for (; i < argc; i++) {
        if (strcmp(argv[i], "-f") == 0) return i + 1 < argc ? argv[i + 1] : NULL;
        if (strncmp(argv[i], "-f=", 3) == 0) return argv[i] + 3;
    }
    return NULL;
}

/// The value after `"key"` and its colon, with leading blanks skipped; NULL when absent.
static const char *json_value(const char *json, const char *key) {
    char quoted[32];
    snprintf(quoted, sizeof quoted, "\"%s\"", key);
    const char *at = strstr(json, quoted);
    if (!at) return NULL;
    at += strlen(quoted);
    while (*at == ' ' || *at == '\t' || *at == '\n' || *at == '\r') at++;
    if (*at != ':') return NULL;
    at++;
    while (*at == ' ' || *at == '\t' || *at == '\n' || *at == '\r') at++;
    return at;
}

/// A JSON string value without escapes, copied into `out`; 0 when absent or too long.
static int json_string(const char *json, const char *key, char *out, size_t size) {
    const char *at = json_value(json, key);
    if (!at || *at != '"') return 0;
    at++;
    const char *end = strchr(at, '"');
    if (!end || (size_t)(end - at) >= size || memchr(at, '\\', (size_t)(end - at))) return 0;
    memcpy(out, at, (size_t)(end - at));
    out[end - at] = 0;
    return 1;
}

/// A port number in 1...65535; 0 when absent or anything else.
static int json_port(const char *json, const char *key) {
    const char *at = json_value(json, key);
    if (!at) return 0;
    char *end;
    long port = strtol(at, &end, 10);
    return end != at && port > 0 && port < 65536 ? (int)port : 0;
}

static int read_small_file(const char *path, char *buffer, size_t size) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    size_t length = 0;
    ssize_t got;
    while (length + 1 < size && (got = read(fd, buffer + length, size - 1 - length)) > 0) length += (size_t)got;
    close(fd);
    buffer[length] = 0;
    return length > 0 && length + 1 < size;
}

/// A listening socket on ip:port (an IPv4 or IPv6 literal, or "*" for every interface); -1 on
/// failure. Not close-on-exec: it must survive the exec into tessera, which marks it so.
static int listen_on(const char *ip, int port) {
    struct sockaddr_storage address;
    memset(&address, 0, sizeof address);
    socklen_t length;
    struct sockaddr_in *v4 = (struct sockaddr_in *)&address;
    struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)&address;
    if (strcmp(ip, "*") == 0 || inet_pton(AF_INET, ip, &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons((uint16_t)port);
        if (strcmp(ip, "*") == 0) v4->sin_addr.s_addr = htonl(INADDR_ANY);
        length = sizeof *v4;
    } else if (inet_pton(AF_INET6, ip, &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons((uint16_t)port);
        length = sizeof *v6;
    } else {
        return -1;
    }
    int fd = socket(address.ss_family, SOCK_STREAM, IPPROTO_TCP);
    if (fd < 0) return -1;
    // As ZeroMQ's own listeners do: a port left in TIME_WAIT by a previous kernel can be reused.
    int on = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (bind(fd, (struct sockaddr *)&address, length) != 0 || listen(fd, BACKLOG) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

/// Binds the five ports of the connection file; on success writes "PORT=FD,..." into `out`.
/// All or none: on a failure the sockets bound so far are closed.
static int bind_kernel_ports(const char *path, char *out, size_t size) {
    char json[FILE_LIMIT];
    if (!read_small_file(path, json, sizeof json)) return 0;
    char transport[16] = "tcp", ip[64] = "127.0.0.1";
    if (json_value(json, "transport") && !json_string(json, "transport", transport, sizeof transport)) return 0;
    if (json_value(json, "ip") && !json_string(json, "ip", ip, sizeof ip)) return 0;
    if (strcmp(transport, "tcp") != 0) return 0;
    int ports[PORT_COUNT], fds[PORT_COUNT];
    for (int i = 0; i < PORT_COUNT; i++) {
        ports[i] = json_port(json, port_keys[i]);
        if (ports[i] == 0) return 0;
    }
    out[0] = 0;
    for (int i = 0; i < PORT_COUNT; i++) {
        fds[i] = listen_on(ip, ports[i]);
        if (fds[i] < 0) {
            for (int j = 0; j < i; j++) close(fds[j]);
            return 0;
        }
        size_t used = strlen(out);
        snprintf(out + used, size - used, "%s%d=%d", i ? "," : "", ports[i], fds[i]);
    }
    return 1;
}

int main(int argc, char **argv) {
    char tessera[PATH_MAX];
    ssize_t length = readlink("/proc/self/exe", tessera, sizeof tessera - 1);
    if (length <= 0) {
        fprintf(stderr, "tessera-launch: cannot find its own path: %s\n", strerror(errno));
        return 127;
    }
    tessera[length] = 0;
    char *slash = strrchr(tessera, '/');
    if (!slash || (size_t)(slash - tessera) + sizeof "/tessera" > sizeof tessera) return 127;
    strcpy(slash + 1, "tessera");

    const char *connection_file = connection_file_argument(argc, argv);
    char listeners[PORT_COUNT * 24];
    if (connection_file && bind_kernel_ports(connection_file, listeners, sizeof listeners)) {
        setenv("TESSERA_KERNEL_LISTENERS", listeners, 1);
    }
    argv[0] = tessera;
    execv(tessera, argv);
    fprintf(stderr, "tessera-launch: cannot run %s: %s\n", tessera, strerror(errno));
    return 127;
}
