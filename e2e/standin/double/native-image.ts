// nativeImage double: reads the file so isEmpty() and the PNG size are true to the asset on disk.
import { existsSync, readFileSync } from 'node:fs';

export class NativeImageDouble {
  private template = false;
  private readonly representations: number[] = [];

  constructor(private readonly bytes: Buffer) {}

  isEmpty(): boolean {
    return this.bytes.length === 0;
  }
  /** Width and height from a PNG header; other formats report 0×0 unless empty. */
  getSize(): { width: number; height: number } {
    const isPng = this.bytes.length >= 24 && this.bytes.readUInt32BE(12) === 0x49484452;
    return isPng
      ? { width: this.bytes.readUInt32BE(16), height: this.bytes.readUInt32BE(20) }
      : { width: 0, height: 0 };
  }
  resize(): NativeImageDouble {
    return new NativeImageDouble(this.bytes);
  }
  toPNG(): Buffer {
    return Buffer.from(this.bytes);
  }
  toDataURL(): string {
    return `data:image/png;base64,${this.bytes.toString('base64')}`;
  }
  /** Electron adds a scale factor's bitmap; the double keeps the 1× one and counts the rest. */
  addRepresentation(options: { scaleFactor: number; dataURL?: string; buffer?: Buffer }): void {
    this.representations.push(options.scaleFactor);
  }
  getScaleFactors(): number[] {
    return [1, ...this.representations];
  }
  setTemplateImage(flag: boolean): void {
    this.template = flag;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
}

export const nativeImage = {
  createFromPath(path: string): NativeImageDouble {
    return new NativeImageDouble(existsSync(path) ? readFileSync(path) : Buffer.alloc(0));
  },
  createFromDataURL(dataUrl: string): NativeImageDouble {
    const comma = dataUrl.indexOf(',');
    return new NativeImageDouble(comma < 0 ? Buffer.alloc(0) : Buffer.from(dataUrl.slice(comma + 1), 'base64'));
  },
  createFromBuffer(buffer: Buffer): NativeImageDouble {
    return new NativeImageDouble(Buffer.from(buffer));
  },
  createEmpty(): NativeImageDouble {
    return new NativeImageDouble(Buffer.alloc(0));
  },
};
