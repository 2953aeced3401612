/**
 * The collector SPI and the machinery around it: AWS clients per account and region, recording of answers
 * and failures, and the runner that schedules collectors over accounts and regions.
 */
package dev.auditpack.collector;
