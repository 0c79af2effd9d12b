// The plugin's tests see one day for the whole run (tests/run-day.ts).
import { keepTheRunDay } from "../run-day";

keepTheRunDay();
