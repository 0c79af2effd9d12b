import * as fs from "node:fs";
import { makeDirs } from "./make-dirs";

/**
 * The file-system calls the CLI writes notes with. Narrow on purpose: tests swap in a port that
 * fails on cue (short writes, ENOSPC, EACCES, a file that vanishes, another program writing) and
 * check that a note is always either untouched or completely written.
 */
export interface FsPort {
	readFile(path: string): Uint8Array;
	lstat(path: string): fs.Stats;
	stat(path: string): fs.Stats;
	realpath(path: string): string;
	mkdir(path: string): void;
	open(path: string, flags: string, mode?: number): number;
	/** Writes up to `length` bytes; returns how many it wrote, which may be fewer. */
	write(fd: number, data: Uint8Array, offset: number, length: number): number;
	fstat(fd: number): fs.Stats;
	fchmod(fd: number, mode: number): void;
	fchown(fd: number, uid: number, gid: number): void;
	fsync(fd: number): void;
	ftruncate(fd: number, length: number): void;
	close(fd: number): void;
	rename(from: string, to: string): void;
	/** A second name `to` for the file `from`; fails with EEXIST when `to` is taken (never replaces it). */
	link(from: string, to: string): void;
	unlink(path: string): void;
}

export const nodeFs: FsPort = {
	readFile: (path) => fs.readFileSync(path),
	lstat: (path) => fs.lstatSync(path),
	stat: (path) => fs.statSync(path),
	realpath: (path) => fs.realpathSync(path),
	mkdir: (path) => makeDirs(path),
	open: (path, flags, mode) => fs.openSync(path, flags, mode),
	write: (fd, data, offset, length) => fs.writeSync(fd, data, offset, length),
	fstat: (fd) => fs.fstatSync(fd),
	fchmod: (fd, mode) => fs.fchmodSync(fd, mode),
	fchown: (fd, uid, gid) => fs.fchownSync(fd, uid, gid),
	fsync: (fd) => fs.fsyncSync(fd),
	ftruncate: (fd, length) => fs.ftruncateSync(fd, length),
	close: (fd) => fs.closeSync(fd),
	rename: (from, to) => fs.renameSync(from, to),
	link: (from, to) => fs.linkSync(from, to),
	unlink: (path) => fs.unlinkSync(path),
};

/** The error code of a failed call (`ENOENT`, `ENOSPC`…), or "" when it has none. */
export function errorCode(error: unknown): string {
	return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : "";
}
