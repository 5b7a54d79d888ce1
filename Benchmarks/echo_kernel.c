/* The floor for Benchmarks/jupyter_latency.py: the least a Jupyter kernel can be. It binds its
 * five sockets at once and answers every shell or control request with a signed
 * kernel_info_reply (the only request start_to_ready sends), nothing else. Its start_to_ready is
 * what jupyter_client's launch and ZeroMQ's connection set-up cost by themselves: no kernel can
 * be faster than that. Built by Scripts/bench-jupyter with cc -lzmq -lcrypto; not a kernel for
 * use (it reads the connection file with sscanf, not a JSON parser). */
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zmq.h>

static char key[256];

static int port(const char *json, const char *name) {
    const char *at = strstr(json, name);
    if (!at) return -1;
    at = strchr(at + strlen(name), ':');
    return at ? atoi(at + 1) : -1;
}

static void string_field(const char *json, const char *name, char *out, size_t size) {
    out[0] = 0;
    const char *at = strstr(json, name);
    if (!at) return;
    at = strchr(at + strlen(name), ':');
    if (!at) return;
    at = strchr(at, '"');
    if (!at) return;
    at++;
    size_t n = 0;
    while (at[n] && at[n] != '"' && n + 1 < size) { out[n] = at[n]; n++; }
    out[n] = 0;
}

static void *bind(void *context, int type, const char *ip, int number) {
    char endpoint[128];
    snprintf(endpoint, sizeof endpoint, "tcp://%s:%d", ip, number);
    void *socket = zmq_socket(context, type);
    if (zmq_bind(socket, endpoint) != 0) { fprintf(stderr, "bind %s failed\n", endpoint); exit(1); }
    return socket;
}

/* Answers one request on a ROUTER socket with a kernel_info_reply. */
static void answer(void *socket, void *iopub) {
    zmq_msg_t frames[32];
    int count = 0, more = 1;
    while (more && count < 32) {
        zmq_msg_init(&frames[count]);
        if (zmq_msg_recv(&frames[count], socket, 0) < 0) return;
        more = zmq_msg_more(&frames[count]);
        count++;
    }
    int delimiter = -1;
    for (int i = 0; i < count; i++)
        if (zmq_msg_size(&frames[i]) == 9 && memcmp(zmq_msg_data(&frames[i]), "<IDS|MSG>", 9) == 0) delimiter = i;
    if (delimiter < 0 || delimiter + 3 >= count) return;
    char parent[4096];
    size_t length = zmq_msg_size(&frames[delimiter + 2]);
    if (length >= sizeof parent) length = sizeof parent - 1;
    memcpy(parent, zmq_msg_data(&frames[delimiter + 2]), length);
    parent[length] = 0;
    char session[128];
    string_field(parent, "\"session\"", session, sizeof session);
    static int serial = 0;
    char header[1024];
    snprintf(header, sizeof header,
             "{\"msg_id\":\"echo-%d\",\"session\":\"%s\",\"username\":\"echo\",\"date\":\"2026-01-01T00:00:00.000000Z\","
             "\"msg_type\":\"kernel_info_reply\",\"version\":\"5.3\"}", ++serial, session);
    const char *metadata = "{}";
    const char *content =
        "{\"status\":\"ok\",\"protocol_version\":\"5.3\",\"implementation\":\"echo\",\"implementation_version\":\"0\","
        "\"language_info\":{\"name\":\"python\",\"version\":\"3.11\",\"mimetype\":\"text/x-python\",\"file_extension\":\".py\"},"
        "\"banner\":\"\",\"help_links\":[]}";
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digest_length = 0;
    char signed_part[8192];
    int signed_length = snprintf(signed_part, sizeof signed_part, "%s%s%s%s", header, parent, metadata, content);
    HMAC(EVP_sha256(), key, (int)strlen(key), (unsigned char *)signed_part, (size_t)signed_length, digest, &digest_length);
    char signature[2 * EVP_MAX_MD_SIZE + 1];
    for (unsigned int i = 0; i < digest_length; i++) sprintf(signature + 2 * i, "%02x", digest[i]);
    for (int i = 0; i < delimiter; i++) zmq_send(socket, zmq_msg_data(&frames[i]), zmq_msg_size(&frames[i]), ZMQ_SNDMORE);
    zmq_send(socket, "<IDS|MSG>", 9, ZMQ_SNDMORE);
    zmq_send(socket, signature, strlen(signature), ZMQ_SNDMORE);
    zmq_send(socket, header, strlen(header), ZMQ_SNDMORE);
    zmq_send(socket, parent, strlen(parent), ZMQ_SNDMORE);
    zmq_send(socket, metadata, strlen(metadata), ZMQ_SNDMORE);
    zmq_send(socket, content, strlen(content), 0);
    for (int i = 0; i < count; i++) zmq_msg_close(&frames[i]);
    (void)iopub;
}

int main(int argc, char **argv) {
    if (argc < 3 || strcmp(argv[1], "-f") != 0) { fprintf(stderr, "usage: echo_kernel -f CONNECTION_FILE\n"); return 2; }
    FILE *file = fopen(argv[2], "r");
    if (!file) { perror(argv[2]); return 1; }
    char json[8192];
    size_t n = fread(json, 1, sizeof json - 1, file);
    json[n] = 0;
    fclose(file);
    char ip[64];
    string_field(json, "\"ip\"", ip, sizeof ip);
    string_field(json, "\"key\"", key, sizeof key);
    void *context = zmq_ctx_new();
    void *shell = bind(context, ZMQ_ROUTER, ip, port(json, "\"shell_port\""));
    void *control = bind(context, ZMQ_ROUTER, ip, port(json, "\"control_port\""));
    void *stdin_socket = bind(context, ZMQ_ROUTER, ip, port(json, "\"stdin_port\""));
    void *iopub = bind(context, ZMQ_PUB, ip, port(json, "\"iopub_port\""));
    void *heartbeat = bind(context, ZMQ_REP, ip, port(json, "\"hb_port\""));
    zmq_pollitem_t items[] = {{shell, 0, ZMQ_POLLIN, 0}, {control, 0, ZMQ_POLLIN, 0}, {heartbeat, 0, ZMQ_POLLIN, 0}};
    for (;;) {
        if (zmq_poll(items, 3, -1) < 0) break;
        if (items[0].revents & ZMQ_POLLIN) answer(shell, iopub);
        if (items[1].revents & ZMQ_POLLIN) answer(control, iopub);
        if (items[2].revents & ZMQ_POLLIN) {
            zmq_msg_t ping;
            zmq_msg_init(&ping);
            zmq_msg_recv(&ping, heartbeat, 0);
            zmq_msg_send(&ping, heartbeat, 0);
        }
    }
    (void)stdin_socket;
    return 0;
}
